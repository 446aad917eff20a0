package io.jcdk.processor.model;

/** A parameter of a canister method: its Java name and its mapping. */
public record Param(String name, MappedType type) {
}
