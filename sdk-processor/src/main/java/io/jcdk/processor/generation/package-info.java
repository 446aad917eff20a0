/** Code and text generated from a {@link io.jcdk.processor.model.CanisterModel}: the exports class, .did and properties. */
package io.jcdk.processor.generation;
