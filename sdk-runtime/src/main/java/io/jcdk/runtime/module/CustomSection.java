package io.jcdk.runtime.module;

/** One custom section exactly as it appears in the binary (duplicates are kept, unlike Chicory's map). */
public record CustomSection(String name, byte[] content) {}
