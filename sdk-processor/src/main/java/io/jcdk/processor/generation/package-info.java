/**
 * Code and text generated from a {@link io.jcdk.processor.model.CanisterModel}: the exports class
 * ({@code ExportsGenerator}), the Candid readers and writers of the canister's Java types ({@code WireCodec}), the
 * message headers computed at build time ({@code Headers}), the .did and the properties.
 */
package io.jcdk.processor.generation;
