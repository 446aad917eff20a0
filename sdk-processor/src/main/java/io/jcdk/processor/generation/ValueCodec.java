package io.jcdk.processor.generation;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.jcdk.processor.model.CandidType;
import io.jcdk.processor.model.CanisterModel;
import io.jcdk.processor.model.MappedType;
import io.jcdk.processor.model.NamedType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The code that converts between Java values and {@code io.jcdk.candid.IdlValue}s, and that builds
 * {@code io.jcdk.candid.IdlType}s, for one canister.
 *
 * <p>Scalars and blobs convert inline (one factory or accessor call). Every other type gets one static encoder and one
 * static decoder in the generated {@code <Canister>Codecs} class, shared by all its uses; each named type gets an
 * {@code IdlType.Ref} constant there, bound once to its definition in the class's static initializer (so recursive
 * types work). The generated code uses only static factories and accessors of the codec, loops and {@code instanceof}
 * (no reflection, lambdas or formatting), so TeaVM compiles it small.
 */
final class ValueCodec {
    static final ClassName IDL_TYPE = ClassName.get("io.jcdk.candid", "IdlType");
    static final ClassName IDL_TYPE_REF = IDL_TYPE.nestedClass("Ref");
    static final ClassName IDL_FIELD = ClassName.get("io.jcdk.candid", "IdlField");
    static final ClassName IDL_VALUE = ClassName.get("io.jcdk.candid", "IdlValue");
    static final ClassName IDL_FIELD_VALUE = ClassName.get("io.jcdk.candid", "IdlFieldValue");
    static final ClassName CODEC_SUPPORT = ClassName.get("io.jcdk.canister.internal", "CodecSupport");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName MAP_ENTRY = ClassName.get("java.util", "Map", "Entry");
    static final TypeName VALUE_LIST = ParameterizedTypeName.get(LIST, IDL_VALUE);

    private final CanisterModel canister;
    private final ClassName codecs;
    private final Map<String, NamedType> namedTypes = new HashMap<>();
    /** Method-name stems of the composite types with codecs, e.g. {@code Profile} for encodeProfile/decodeProfile. */
    private final Map<MappedType, String> stems = new HashMap<>();
    private final Set<String> usedStems = new HashSet<>();
    private final TypeSpec.Builder type;
    private boolean needed;

    ValueCodec(CanisterModel canister) {
        this.canister = canister;
        this.codecs = canister.codecsClass();
        for (NamedType t : canister.namedTypes()) {
            namedTypes.put(t.name(), t);
        }
        this.type = TypeSpec.classBuilder(codecs).addModifiers(Modifier.FINAL).addOriginatingElement(canister.element());
        this.needed = !canister.namedTypes().isEmpty();
    }

    // ---------------------------------------------------------------- types

    /** An expression of type {@code IdlType} that builds {@code type}. */
    CodeBlock idlType(CandidType type) {
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
        if (type instanceof CandidType.Named n) {
            return CodeBlock.of("$T.$N", codecs, typeConstant(n.name()));
        }
        List<CandidType.Field> fs;
        String factory;
        if (type instanceof CandidType.Record r) {
            if (r.isTuple()) {
                CodeBlock.Builder elements = CodeBlock.builder();
                for (int i = 0; i < r.fields().size(); i++) {
                    elements.add(i == 0 ? "$L" : ", $L", idlType(r.fields().get(i).type()));
                }
                return CodeBlock.of("$T.tuple($L)", IDL_TYPE, elements.build());
            }
            fs = r.fields();
            factory = "record";
        } else {
            fs = ((CandidType.Variant) type).fields();
            factory = "variant";
        }
        CodeBlock.Builder fields = CodeBlock.builder();
        for (int i = 0; i < fs.size(); i++) {
            CandidType.Field f = fs.get(i);
            fields.add(i == 0 ? "" : ", ");
            if (f.name() != null) {
                fields.add("$T.named($S, $L)", IDL_FIELD, f.name(), idlType(f.type()));
            } else {
                fields.add("$T.id($LL, $L)", IDL_FIELD, f.id(), idlType(f.type()));
            }
        }
        return CodeBlock.of("$T.$L($T.of($L))", IDL_TYPE, factory, LIST, fields.build());
    }

    private static String typeConstant(String typeName) {
        return "TYPE_" + typeName;
    }

    // ---------------------------------------------------------------- values

    /** An expression of type {@code IdlValue} holding the Java value {@code java} of type {@code type}. */
    CodeBlock encode(MappedType type, CodeBlock java) {
        switch (type.shape()) {
            case BLOB:
                return CodeBlock.of("$T.blob($L)", IDL_VALUE, java);
            case SCALAR:
                return encodeScalar((CandidType.Primitive) type.candid(), java);
            default:
                return CodeBlock.of("$T.encode$L($L)", codecs, stem(type), java);
        }
    }

    /** A Java expression of type {@code type.javaType()} (or convertible to it) read from the {@code IdlValue} {@code value}. */
    CodeBlock decode(MappedType type, CodeBlock value) {
        switch (type.shape()) {
            case BLOB:
                return CodeBlock.of("$L.asBlob()", value);
            case SCALAR:
                return decodeScalar((CandidType.Primitive) type.candid(), value);
            default:
                return CodeBlock.of("$T.decode$L($L)", codecs, stem(type), value);
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

    // ---------------------------------------------------------------- the codecs class

    /** The codec methods' name stem of a composite type; the methods are generated on first use. */
    private String stem(MappedType t) {
        String known = stems.get(t);
        if (known != null) {
            return known;
        }
        String base = suggestion(t);
        String stem = base;
        for (int n = 2; !usedStems.add(stem); n++) {
            stem = base + n;
        }
        stems.put(t, stem);
        needed = true;
        addCodecs(t, stem);
        return stem;
    }

    private static String suggestion(MappedType t) {
        switch (t.shape()) {
            case SCALAR:
                String k = t.candid().didText();
                return k.substring(0, 1).toUpperCase(Locale.ROOT) + k.substring(1);
            case BLOB:
                return "Blob";
            case OPTIONAL:
                return "Optional" + suggestion(t.component());
            case NULLABLE:
                return "Nullable" + suggestion(t.component());
            case ARRAY:
                return "Array" + suggestion(t.component());
            case COLLECTION:
                return rawName(t.javaType()) + suggestion(t.component());
            case MAP:
                return rawName(t.javaType()) + suggestion(t.components().get(0)) + suggestion(t.components().get(1));
            default:
                return t.typeName();
        }
    }

    private static String rawName(TypeName t) {
        return t instanceof ParameterizedTypeName p ? p.rawType.simpleName() : "Vec";
    }

    private void addCodecs(MappedType t, String stem) {
        TypeName j = t.javaType();
        MethodSpec.Builder enc = MethodSpec.methodBuilder("encode" + stem).addModifiers(Modifier.STATIC)
                .returns(IDL_VALUE).addParameter(j, "x");
        MethodSpec.Builder dec = MethodSpec.methodBuilder("decode" + stem).addModifiers(Modifier.STATIC)
                .returns(j).addParameter(IDL_VALUE, "v");
        switch (t.shape()) {
            case OPTIONAL: {
                MappedType c = t.component();
                enc.beginControlFlow("if (x == null || !x.isPresent())").addStatement("return $T.none()", IDL_VALUE)
                        .endControlFlow()
                        .addStatement("return $T.some($L)", IDL_VALUE, encode(c, CodeBlock.of("x.get()")));
                dec.addStatement("$T o = v.optValue()", IDL_VALUE)
                        .beginControlFlow("if (o == null)").addStatement("return $T.empty()", OPTIONAL).endControlFlow()
                        .addStatement("return $T.of($L)", OPTIONAL, decode(c, CodeBlock.of("o")));
                break;
            }
            case NULLABLE: {
                MappedType c = t.component();
                enc.beginControlFlow("if (x == null)").addStatement("return $T.none()", IDL_VALUE).endControlFlow()
                        .addStatement("return $T.some($L)", IDL_VALUE, encode(c, CodeBlock.of("x")));
                dec.addStatement("$T o = v.optValue()", IDL_VALUE)
                        .beginControlFlow("if (o == null)").addStatement("return null").endControlFlow()
                        .addStatement("return $L", decode(c, CodeBlock.of("o")));
                break;
            }
            case ARRAY: {
                MappedType c = t.component();
                enc.addStatement("$T out = new $T<>(x.length)", VALUE_LIST, ARRAY_LIST)
                        .beginControlFlow("for (int i = 0; i < x.length; i++)")
                        .addStatement("out.add($L)", encode(c, CodeBlock.of("x[i]")))
                        .endControlFlow()
                        .addStatement("return $T.vec(out)", IDL_VALUE);
                dec.addStatement("$T in = v.asVec()", VALUE_LIST)
                        .addStatement("$T out = $L", j, newArray(c.javaType(), CodeBlock.of("in.size()")))
                        .beginControlFlow("for (int i = 0; i < out.length; i++)")
                        .addStatement("out[i] = $L", decode(c, CodeBlock.of("in.get(i)")))
                        .endControlFlow()
                        .addStatement("return out");
                break;
            }
            case COLLECTION: {
                MappedType c = t.component();
                enc.addStatement("$T out = new $T<>(x.size())", VALUE_LIST, ARRAY_LIST)
                        .beginControlFlow("for ($T e : x)", c.javaType())
                        .addStatement("out.add($L)", encode(c, CodeBlock.of("e")))
                        .endControlFlow()
                        .addStatement("return $T.vec(out)", IDL_VALUE);
                dec.addStatement("$T in = v.asVec()", VALUE_LIST)
                        .addStatement("$T out = new $T<>()", ParameterizedTypeName.get(t.implementation(), c.javaType()),
                                t.implementation())
                        .beginControlFlow("for (int i = 0; i < in.size(); i++)")
                        .addStatement("out.add($L)", decode(c, CodeBlock.of("in.get(i)")))
                        .endControlFlow()
                        .addStatement("return out");
                break;
            }
            case MAP: {
                MappedType k = t.components().get(0);
                MappedType val = t.components().get(1);
                enc.addStatement("$T out = new $T<>(x.size())", VALUE_LIST, ARRAY_LIST)
                        .beginControlFlow("for ($T e : x.entrySet())",
                                ParameterizedTypeName.get(MAP_ENTRY, k.javaType(), val.javaType()))
                        .addStatement("out.add($T.tuple($L, $L))", IDL_VALUE, encode(k, CodeBlock.of("e.getKey()")),
                                encode(val, CodeBlock.of("e.getValue()")))
                        .endControlFlow()
                        .addStatement("return $T.vec(out)", IDL_VALUE);
                dec.addStatement("$T in = v.asVec()", VALUE_LIST)
                        .addStatement("$T out = new $T<>()",
                                ParameterizedTypeName.get(t.implementation(), k.javaType(), val.javaType()),
                                t.implementation())
                        .beginControlFlow("for (int i = 0; i < in.size(); i++)")
                        .addStatement("$T e = in.get(i)", IDL_VALUE)
                        .addStatement("out.put($L, $L)", decode(k, CodeBlock.of("e.field(0L)")),
                                decode(val, CodeBlock.of("e.field(1L)")))
                        .endControlFlow()
                        .addStatement("return out");
                break;
            }
            case NAMED:
                addNamedCodecs(namedTypes.get(t.typeName()), enc, dec);
                break;
            default:
                throw new IllegalArgumentException("no codec for " + t);
        }
        type.addMethod(enc.build());
        type.addMethod(dec.build());
    }

    /** {@code new T[n]}, also for array component types ({@code new int[n][]}). */
    private static CodeBlock newArray(TypeName component, CodeBlock size) {
        int dims = 0;
        TypeName base = component;
        while (base instanceof ArrayTypeName a) {
            base = a.componentType;
            dims++;
        }
        return CodeBlock.of("new $T[$L]$L", base, size, "[]".repeat(dims));
    }

    private void addNamedCodecs(NamedType n, MethodSpec.Builder enc, MethodSpec.Builder dec) {
        enc.addJavadoc("$L as Candid $L = $L\n", n.javaType().toString(), n.name(), n.definition().didText());
        List<NamedType.Member> ms = n.members();
        switch (n.kind()) {
            case RECORD:
            case CLASS: {
                boolean record = n.kind() == NamedType.Kind.RECORD;
                CodeBlock.Builder fields = CodeBlock.builder();
                for (int i = 0; i < ms.size(); i++) {
                    NamedType.Member m = ms.get(i);
                    CodeBlock read = record ? CodeBlock.of("x.$N()", m.javaName()) : CodeBlock.of("x.$N", m.javaName());
                    fields.add(i == 0 ? "\n$T.id($LL, $L)" : ",\n$T.id($LL, $L)", IDL_FIELD_VALUE, m.id(),
                            encode(m.type(), read));
                }
                enc.addStatement("return $T.record($L)", IDL_VALUE, fields.build());
                if (record) {
                    CodeBlock.Builder args = CodeBlock.builder();
                    for (int i = 0; i < ms.size(); i++) {
                        NamedType.Member m = ms.get(i);
                        args.add(i == 0 ? "\n$L" : ",\n$L", decode(m.type(), CodeBlock.of("v.field($LL)", m.id())));
                    }
                    dec.addStatement("return new $T($L)", n.javaType(), args.build());
                } else {
                    dec.addStatement("$T out = new $T()", n.javaType(), n.javaType());
                    for (NamedType.Member m : ms) {
                        dec.addStatement("out.$N = $L", m.javaName(),
                                decode(m.type(), CodeBlock.of("v.field($LL)", m.id())));
                    }
                    dec.addStatement("return out");
                }
                break;
            }
            case TUPLE: {
                CodeBlock.Builder elements = CodeBlock.builder();
                CodeBlock.Builder args = CodeBlock.builder();
                for (int i = 0; i < ms.size(); i++) {
                    NamedType.Member m = ms.get(i);
                    elements.add(i == 0 ? "$L" : ", $L", encode(m.type(), CodeBlock.of("x.$N()", m.javaName())));
                    args.add(i == 0 ? "$L" : ", $L", decode(m.type(), CodeBlock.of("v.field($LL)", i)));
                }
                enc.addStatement("return $T.tuple($L)", IDL_VALUE, elements.build());
                dec.addStatement("return new $T($L)", n.javaType(), args.build());
                break;
            }
            case ENUM: {
                for (NamedType.Member m : ms) {
                    enc.beginControlFlow("if (x == $T.$N)", n.javaType(), m.javaName())
                            .addStatement("return $T.nullCase($LL)", CODEC_SUPPORT, m.id())
                            .endControlFlow();
                }
                enc.addStatement("throw $T.noCase($S)", CODEC_SUPPORT, n.javaType().toString());
                dec.addStatement("$T c = v.variantField()", IDL_FIELD_VALUE).addStatement("long id = c.id()");
                for (NamedType.Member m : ms) {
                    dec.beginControlFlow("if (id == $LL)", m.id())
                            .addStatement("return $T.$N", n.javaType(), m.javaName())
                            .endControlFlow();
                }
                dec.addStatement("throw $T.unknownCase(c, $S)", CODEC_SUPPORT, n.javaType().toString());
                break;
            }
            default: {
                for (NamedType.Member m : ms) {
                    enc.beginControlFlow("if (x instanceof $T)", m.caseType());
                    if (m.type() == null) {
                        enc.addStatement("return $T.nullCase($LL)", CODEC_SUPPORT, m.id());
                    } else {
                        enc.addStatement("return $T.variantCase($LL, $L)", CODEC_SUPPORT, m.id(),
                                encode(m.type(), CodeBlock.of("($T) x", m.caseType())));
                    }
                    enc.endControlFlow();
                }
                enc.addStatement("throw $T.noCase($S)", CODEC_SUPPORT, n.javaType().toString());
                dec.addStatement("$T c = v.variantField()", IDL_FIELD_VALUE).addStatement("long id = c.id()");
                for (NamedType.Member m : ms) {
                    dec.beginControlFlow("if (id == $LL)", m.id());
                    if (m.type() == null) {
                        dec.addStatement("return new $T()", m.caseType());
                    } else {
                        dec.addStatement("return $L", decode(m.type(), CodeBlock.of("c.value()")));
                    }
                    dec.endControlFlow();
                }
                dec.addStatement("throw $T.unknownCase(c, $S)", CODEC_SUPPORT, n.javaType().toString());
                break;
            }
        }
    }

    /** The {@code <Canister>Codecs} class, if the canister needs one (named or composite types). */
    Optional<JavaFile> build(Optional<ClassName> generatedAnnotation) {
        if (!needed) {
            return Optional.empty();
        }
        type.addJavadoc("The Candid types and codecs of the Java types of {@link $T}, generated by the JCDK annotation"
                + " processor.\n<p>One encoder and one decoder per composite Java type; one {@code IdlType.Ref} per"
                + " named type, bound in the static initializer.\n", canister.canisterClass());
        generatedAnnotation.ifPresent(g -> type.addAnnotation(AnnotationSpec.builder(g)
                .addMember("value", "$S", "io.jcdk.processor.CanisterProcessor").build()));
        CodeBlock.Builder bind = CodeBlock.builder();
        for (NamedType n : canister.namedTypes()) {
            String constant = typeConstant(n.name());
            type.addField(FieldSpec.builder(IDL_TYPE_REF, constant, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.ref($S)", IDL_TYPE, n.name()).build());
            bind.addStatement("$N.bind($L)", constant, idlType(n.definition()));
        }
        if (!canister.namedTypes().isEmpty()) {
            type.addStaticBlock(bind.build());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        return Optional.of(JavaFile.builder(codecs.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build());
    }
}
