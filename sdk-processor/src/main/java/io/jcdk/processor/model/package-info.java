/** The analysed canister: a validated, immutable description that code generation reads and never checks again. */
package io.jcdk.processor.model;
