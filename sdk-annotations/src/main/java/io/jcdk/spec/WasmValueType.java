package io.jcdk.spec;

/** The Wasm number types that appear in System API signatures. */
public enum WasmValueType {
    I32, I64, F32, F64;

    /** Parses the spelling of {@code ic0.tsv} ({@code i32}, ...). */
    public static WasmValueType parse(String text) {
        return switch (text) {
            case "i32" -> I32;
            case "i64" -> I64;
            case "f32" -> F32;
            case "f64" -> F64;
            default -> throw new IllegalArgumentException("unknown Wasm value type: " + text);
        };
    }

    public String spelling() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
