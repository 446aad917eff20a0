package io.jcdk.processor.generation;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import io.jcdk.processor.model.CandidType;
import io.jcdk.processor.model.MappedType;

/**
 * The code that converts between Java values and {@code io.jcdk.candid.IdlValue}s, and that builds
 * {@code io.jcdk.candid.IdlType}s. The generated expressions use only static factories and accessors of the codec
 * (no reflection, lambdas or formatting), so TeaVM compiles them small.
 */
final class ValueCodec {
    static final ClassName IDL_TYPE = ClassName.get("io.jcdk.candid", "IdlType");
    static final ClassName IDL_FIELD = ClassName.get("io.jcdk.candid", "IdlField");
    static final ClassName IDL_VALUE = ClassName.get("io.jcdk.candid", "IdlValue");
    static final ClassName IDL_FIELD_VALUE = ClassName.get("io.jcdk.candid", "IdlFieldValue");
    static final ClassName LIST = ClassName.get("java.util", "List");

    private ValueCodec() {
    }

    /** An expression of type {@code IdlType} that builds {@code type}. */
    static CodeBlock idlType(CandidType type) {
        if (type instanceof CandidType.Primitive p) {
            return CodeBlock.of("$T.$L", IDL_TYPE, p.name());
        }
        if (type instanceof CandidType.Vec v) {
            return v.isBlob() ? CodeBlock.of("$T.blob()", IDL_TYPE)
                    : CodeBlock.of("$T.vec($L)", IDL_TYPE, idlType(v.inner()));
        }
        if (type instanceof CandidType.Opt o) {
            return CodeBlock.of("$T.opt($L)", IDL_TYPE, idlType(o.inner()));
        }
        CandidType.Record r = (CandidType.Record) type;
        CodeBlock.Builder fields = CodeBlock.builder();
        for (int i = 0; i < r.fields().size(); i++) {
            CandidType.Field f = r.fields().get(i);
            fields.add(i == 0 ? "$T.named($S, $L)" : ", $T.named($S, $L)", IDL_FIELD, f.name(), idlType(f.type()));
        }
        return CodeBlock.of("$T.record($T.of($L))", IDL_TYPE, LIST, fields.build());
    }

    /** An expression of type {@code IdlValue} holding the Java value {@code java} of type {@code type}. */
    static CodeBlock encode(MappedType type, CodeBlock java) {
        switch (type.shape()) {
            case BLOB:
                return CodeBlock.of("$T.blob($L)", IDL_VALUE, java);
            case SCALAR:
                return encodeScalar((CandidType.Primitive) type.candid(), java);
            default:
                throw new IllegalArgumentException("no encoder for " + type);
        }
    }

    private static CodeBlock encodeScalar(CandidType.Primitive p, CodeBlock java) {
        switch (p) {
            case BOOL: return CodeBlock.of("$T.bool($L)", IDL_VALUE, java);
            case TEXT: return CodeBlock.of("$T.text($L)", IDL_VALUE, java);
            case INT64: return CodeBlock.of("$T.int64($L)", IDL_VALUE, java);
            case NAT64: return CodeBlock.of("$T.nat64($L)", IDL_VALUE, java);
            case INT32: return CodeBlock.of("$T.int32($L)", IDL_VALUE, java);
            // The unsigned types keep the Java value's bits: mask them into the non-negative range.
            case NAT32: return CodeBlock.of("$T.nat32($L & 0xffffffffL)", IDL_VALUE, java);
            case INT16: return CodeBlock.of("$T.int16($L)", IDL_VALUE, java);
            case NAT16: return CodeBlock.of("$T.nat16($L & 0xffff)", IDL_VALUE, java);
            case INT8: return CodeBlock.of("$T.int8($L)", IDL_VALUE, java);
            case NAT8: return CodeBlock.of("$T.nat8($L & 0xff)", IDL_VALUE, java);
            case INT: return CodeBlock.of("$T.int_($L)", IDL_VALUE, java);
            case NAT: return CodeBlock.of("$T.nat($L)", IDL_VALUE, java);
            case FLOAT32: return CodeBlock.of("$T.float32($L)", IDL_VALUE, java);
            case FLOAT64: return CodeBlock.of("$T.float64($L)", IDL_VALUE, java);
            case PRINCIPAL: return CodeBlock.of("$T.principal($L)", IDL_VALUE, java);
            default: throw new IllegalArgumentException("no encoder for " + p);
        }
    }

    /** A Java expression of type {@code type.javaType()} (or convertible to it) read from the {@code IdlValue} {@code value}. */
    static CodeBlock decode(MappedType type, CodeBlock value) {
        switch (type.shape()) {
            case BLOB:
                return CodeBlock.of("$L.asBlob()", value);
            case SCALAR:
                return decodeScalar((CandidType.Primitive) type.candid(), value);
            default:
                throw new IllegalArgumentException("no decoder for " + type);
        }
    }

    private static CodeBlock decodeScalar(CandidType.Primitive p, CodeBlock value) {
        switch (p) {
            case BOOL: return CodeBlock.of("$L.asBool()", value);
            case TEXT: return CodeBlock.of("$L.asText()", value);
            case INT64:
            case NAT64: return CodeBlock.of("$L.asLong()", value);
            case INT32:
            case NAT32: return CodeBlock.of("(int) $L.asLong()", value);
            case INT16:
            case NAT16: return CodeBlock.of("(short) $L.asLong()", value);
            case INT8:
            case NAT8: return CodeBlock.of("(byte) $L.asLong()", value);
            case INT:
            case NAT: return CodeBlock.of("$L.asBigInteger()", value);
            case FLOAT32: return CodeBlock.of("$L.asFloat()", value);
            case FLOAT64: return CodeBlock.of("$L.asDouble()", value);
            case PRINCIPAL: return CodeBlock.of("$L.asPrincipal()", value);
            default: throw new IllegalArgumentException("no decoder for " + p);
        }
    }
}
