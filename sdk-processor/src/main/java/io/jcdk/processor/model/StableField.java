package io.jcdk.processor.model;

/** A {@code @Stable} field: its Java name, its Candid field name and its mapping. */
public record StableField(String javaName, String candidName, MappedType type) {
}
