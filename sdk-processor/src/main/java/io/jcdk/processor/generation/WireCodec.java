package io.jcdk.processor.generation;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.jcdk.processor.model.CandidType;
import io.jcdk.processor.model.CanisterModel;
import io.jcdk.processor.model.MappedType;
import io.jcdk.processor.model.NamedType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The code that reads Java values from a Candid message and writes them into one, for one canister: straight-line
 * code per Java type over {@code io.jcdk.candid.CandidReader} and {@code CandidWriter}, with no value tree and no
 * run-time type objects (the message headers are computed at build time, see {@link Headers}).
 *
 * <p>Scalars and blobs are one reader or writer call, inline. Every other type gets one static {@code read<Stem>}
 * and one {@code write<Stem>} in the generated {@code <Canister>Codecs} class, shared by all its uses, which is also
 * how recursive types work. Reads go through the reader's coercion (missing optional fields, skipped extra fields, the
 * special {@code opt} rules); record fields are read in field-id order, as they are on the wire.
 */
final class WireCodec {
    static final ClassName READER = ClassName.get("io.jcdk.candid", "CandidReader");
    static final ClassName WRITER = ClassName.get("io.jcdk.candid", "CandidWriter");
    static final ClassName CANDID_EXCEPTION = ClassName.get("io.jcdk.candid", "CandidException");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName MAP_ENTRY = ClassName.get("java.util", "Map", "Entry");

    private final CanisterModel canister;
    private final ClassName codecs;
    private final Map<String, NamedType> namedTypes = new HashMap<>();
    /** Method-name stems of the composite types with codecs, e.g. {@code Profile} for readProfile/writeProfile. */
    private final Map<MappedType, String> stems = new HashMap<>();
    private final Set<String> usedStems = new HashSet<>();
    private final TypeSpec.Builder type;
    private boolean needed;

    WireCodec(CanisterModel canister) {
        this.canister = canister;
        this.codecs = canister.codecsClass();
        for (NamedType t : canister.namedTypes()) {
            namedTypes.put(t.name(), t);
        }
        this.type = TypeSpec.classBuilder(codecs).addModifiers(Modifier.FINAL).addOriginatingElement(canister.element());
    }

    // ---------------------------------------------------------------- reading

    /**
     * An expression of type {@code type.javaType()} (or convertible to it) that reads a value from the reader
     * {@code r} at the wire type {@code wire} (an int expression, evaluated once).
     */
    CodeBlock read(MappedType type, CodeBlock wire) {
        switch (type.shape()) {
            case BLOB:
                return CodeBlock.of("r.blob($L)", wire);
            case SCALAR:
                return CodeBlock.of("r.$L($L)", readerMethod((CandidType.Primitive) type.candid()), wire);
            default:
                return CodeBlock.of("$T.read$L(r, $L)", codecs, stem(type), wire);
        }
    }

    private static String readerMethod(CandidType.Primitive p) {
        switch (p) {
            case INT:
                return "int_";
            case NULL:
                return "null_";
            default:
                return p.didText();
        }
    }

    // ---------------------------------------------------------------- writing

    /** A statement that writes the Java value {@code java} of type {@code type} with the writer {@code w}. */
    CodeBlock write(MappedType type, CodeBlock java) {
        switch (type.shape()) {
            case BLOB:
                return CodeBlock.of("w.blob($L);\n", java);
            case SCALAR:
                return writeScalar((CandidType.Primitive) type.candid(), java);
            default:
                return CodeBlock.of("$T.write$L(w, $L);\n", codecs, stem(type), java);
        }
    }

    private static CodeBlock writeScalar(CandidType.Primitive p, CodeBlock java) {
        switch (p) {
            case BOOL: return CodeBlock.of("w.bool($L);\n", java);
            case TEXT: return CodeBlock.of("w.text($L);\n", java);
            case INT64: case NAT64: return CodeBlock.of("w.fixed($L, 8);\n", java);
            case INT32: case NAT32: return CodeBlock.of("w.fixed($L, 4);\n", java);
            case INT16: case NAT16: return CodeBlock.of("w.fixed($L, 2);\n", java);
            case INT8: case NAT8: return CodeBlock.of("w.fixed($L, 1);\n", java);
            case INT: return CodeBlock.of("w.int_($L);\n", java);
            case NAT: return CodeBlock.of("w.nat($L);\n", java);
            case FLOAT32: return CodeBlock.of("w.float32($L);\n", java);
            case FLOAT64: return CodeBlock.of("w.float64($L);\n", java);
            case PRINCIPAL: return CodeBlock.of("w.principal($L);\n", java);
            default: throw new IllegalArgumentException("no writer for " + p);
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
        MethodSpec.Builder read = MethodSpec.methodBuilder("read" + stem).addModifiers(Modifier.STATIC)
                .returns(j).addParameter(READER, "r").addParameter(int.class, "t");
        MethodSpec.Builder write = MethodSpec.methodBuilder("write" + stem).addModifiers(Modifier.STATIC)
                .addParameter(WRITER, "w").addParameter(j, "x");
        switch (t.shape()) {
            case OPTIONAL:
            case NULLABLE: {
                boolean optional = t.shape() == MappedType.Shape.OPTIONAL;
                MappedType c = t.component();
                CodeBlock none = optional ? CodeBlock.of("$T.empty()", OPTIONAL) : CodeBlock.of("null");
                read.addStatement("int v = r.opt(t)")
                        .beginControlFlow("if (v == $T.NONE)", READER).addStatement("return $L", none).endControlFlow()
                        .addComment("A value that does not coerce makes the opt none (the spec's special opt rule).")
                        .addStatement("long mark = r.mark()")
                        .beginControlFlow("try")
                        .addStatement(optional ? "return $T.of($L)" : "return $L",
                                optional ? new Object[] {OPTIONAL, read(c, CodeBlock.of("v"))}
                                        : new Object[] {read(c, CodeBlock.of("v"))})
                        .nextControlFlow("catch ($T e)", CANDID_EXCEPTION)
                        .addStatement("r.recover(e, mark, v)")
                        .addStatement("return $L", none)
                        .endControlFlow();
                write.beginControlFlow(optional ? "if (x == null || !x.isPresent())" : "if (x == null)")
                        .addStatement("w.none()").addStatement("return").endControlFlow()
                        .addStatement("w.some()")
                        .addCode(write(c, CodeBlock.of(optional ? "x.get()" : "x")));
                break;
            }
            case ARRAY: {
                MappedType c = t.component();
                read.addStatement("int n = r.vec(t)").addStatement("int e = r.elementType()")
                        .addStatement("$T out = $L", j, newArray(c.javaType(), CodeBlock.of("n")))
                        .beginControlFlow("for (int i = 0; i < n; i++)")
                        .addStatement("r.element(i)")
                        .addStatement("out[i] = $L", read(c, CodeBlock.of("e")))
                        .endControlFlow()
                        .addStatement("r.endVec()")
                        .addStatement("return out");
                write.addStatement("w.count(x.length)")
                        .beginControlFlow("for (int i = 0; i < x.length; i++)")
                        .addCode(write(c, CodeBlock.of("x[i]")))
                        .endControlFlow();
                break;
            }
            case COLLECTION: {
                MappedType c = t.component();
                read.addStatement("int n = r.vec(t)").addStatement("int e = r.elementType()")
                        .addStatement("$T out = new $T<>($L)", ParameterizedTypeName.get(t.implementation(),
                                c.javaType()), t.implementation(),
                                t.implementation().simpleName().equals("ArrayList") ? "n" : "")
                        .beginControlFlow("for (int i = 0; i < n; i++)")
                        .addStatement("r.element(i)")
                        .addStatement("out.add($L)", read(c, CodeBlock.of("e")))
                        .endControlFlow()
                        .addStatement("r.endVec()")
                        .addStatement("return out");
                write.addStatement("w.count(x.size())")
                        .beginControlFlow("for ($T e : x)", c.javaType())
                        .addCode(write(c, CodeBlock.of("e")))
                        .endControlFlow();
                break;
            }
            case MAP: {
                MappedType k = t.components().get(0);
                MappedType v = t.components().get(1);
                read.addStatement("int n = r.vec(t)").addStatement("int e = r.elementType()")
                        .addStatement("$T out = new $T<>()",
                                ParameterizedTypeName.get(t.implementation(), k.javaType(), v.javaType()),
                                t.implementation())
                        .beginControlFlow("for (int i = 0; i < n; i++)")
                        .addStatement("r.element(i)")
                        .addStatement("r.record(e)")
                        .addStatement("$T key = $L", k.javaType(), read(k, CodeBlock.of("r.field(0L)")))
                        .addStatement("$T value = $L", v.javaType(), read(v, CodeBlock.of("r.field(1L)")))
                        .addStatement("r.endRecord()")
                        .addStatement("out.put(key, value)")
                        .endControlFlow()
                        .addStatement("r.endVec()")
                        .addStatement("return out");
                write.addStatement("w.count(x.size())")
                        .beginControlFlow("for ($T e : x.entrySet())",
                                ParameterizedTypeName.get(MAP_ENTRY, k.javaType(), v.javaType()))
                        .addCode(write(k, CodeBlock.of("e.getKey()")))
                        .addCode(write(v, CodeBlock.of("e.getValue()")))
                        .endControlFlow();
                break;
            }
            case NAMED:
                addNamedCodecs(namedTypes.get(t.typeName()), read, write);
                break;
            default:
                throw new IllegalArgumentException("no codec for " + t);
        }
        type.addMethod(read.build());
        type.addMethod(write.build());
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

    /** The members in Candid id order: the order of fields on the wire and of cases' indices. */
    static List<NamedType.Member> byId(List<NamedType.Member> members) {
        List<NamedType.Member> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingLong(NamedType.Member::id));
        return sorted;
    }

    private void addNamedCodecs(NamedType n, MethodSpec.Builder read, MethodSpec.Builder write) {
        read.addJavadoc("$L from Candid $L = $L\n", n.javaType().toString(), n.name(), n.definition().didText());
        write.addJavadoc("$L as Candid $L = $L\n", n.javaType().toString(), n.name(), n.definition().didText());
        List<NamedType.Member> ms = n.members();
        List<NamedType.Member> wireOrder = byId(ms);
        String javaName = n.javaType().toString();
        write.beginControlFlow("if (x == null)")
                .addStatement("throw $T.nullValue($S)", WRITER, javaName)
                .endControlFlow();
        switch (n.kind()) {
            case RECORD:
            case TUPLE:
            case CLASS: {
                boolean accessors = n.kind() != NamedType.Kind.CLASS;
                String idsConstant = "IDS_" + n.name();
                CodeBlock.Builder idList = CodeBlock.builder();
                for (int k = 0; k < wireOrder.size(); k++) {
                    idList.add(k == 0 ? "$LL" : ", $LL", wireOrder.get(k).id());
                }
                type.addField(com.squareup.javapoet.FieldSpec.builder(long[].class, idsConstant, Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                        .initializer("{$L}", idList.build()).build());
                // The sender's record has exactly these fields (the usual case): read them in order.
                read.beginControlFlow("if (r.exactRecord(t, $N))", idsConstant);
                for (int k = 0; k < wireOrder.size(); k++) {
                    NamedType.Member m = wireOrder.get(k);
                    read.addStatement("$T m$L = $L", m.type().javaType(), ms.indexOf(m),
                            read(m.type(), CodeBlock.of("r.fieldAt($L, $LL)", k, m.id())));
                }
                read.addStatement("r.endExactRecord()");
                read.addStatement("return $L", construct(n, accessors));
                read.endControlFlow();
                // Otherwise: skipped extra fields, defaults for missing optional ones, or the error.
                read.addStatement("r.record(t)");
                for (NamedType.Member m : wireOrder) {
                    read.addStatement("$T m$L = $L", m.type().javaType(), ms.indexOf(m),
                            read(m.type(), CodeBlock.of("r.field($LL)", m.id())));
                    write.addCode(write(m.type(), accessors ? CodeBlock.of("x.$N()", m.javaName())
                            : CodeBlock.of("x.$N", m.javaName())));
                }
                read.addStatement("r.endRecord()");
                read.addStatement("return $L", construct(n, accessors));
                break;
            }
            case ENUM:
            case SEALED: {
                boolean sealed = n.kind() == NamedType.Kind.SEALED;
                read.addStatement("long id = r.variant(t)").addStatement("$T out", n.javaType());
                for (int i = 0; i < wireOrder.size(); i++) {
                    NamedType.Member m = wireOrder.get(i);
                    read.beginControlFlow(i == 0 ? "if (id == $LL)" : "else if (id == $LL)", m.id());
                    if (!sealed) {
                        read.addStatement("r.null_(r.caseType())").addStatement("out = $T.$N", n.javaType(),
                                m.javaName());
                        write.beginControlFlow("if (x == $T.$N)", n.javaType(), m.javaName());
                    } else if (m.type() == null) {
                        read.addStatement("r.null_(r.caseType())").addStatement("out = new $T()", m.caseType());
                        write.beginControlFlow("if (x instanceof $T)", m.caseType());
                    } else {
                        read.addStatement("out = $L", read(m.type(), CodeBlock.of("r.caseType()")));
                        write.beginControlFlow("if (x instanceof $T)", m.caseType());
                    }
                    read.endControlFlow();
                    write.addStatement("w.count($L)", i);
                    if (sealed && m.type() != null) {
                        write.addCode(write(m.type(), CodeBlock.of("($T) x", m.caseType())));
                    }
                    write.addStatement("return").endControlFlow();
                }
                read.beginControlFlow("else").addStatement("throw r.unexpectedCase()").endControlFlow()
                        .addStatement("r.endVariant()")
                        .addStatement("return out");
                write.addStatement("throw $T.nullValue($S)", WRITER, javaName);
                break;
            }
            default:
                throw new IllegalArgumentException("no codec for " + n.kind());
        }
    }

    /**
     * The expression that builds the value from the locals {@code m0, m1, ...}: the canonical constructor of a record,
     * or for a class a generated helper that calls its no-argument constructor and sets the fields.
     */
    private CodeBlock construct(NamedType n, boolean accessors) {
        List<NamedType.Member> ms = n.members();
        CodeBlock.Builder args = CodeBlock.builder();
        for (int i = 0; i < ms.size(); i++) {
            args.add(i == 0 ? "m$L" : ", m$L", i);
        }
        if (accessors) {
            return CodeBlock.of("new $T($L)", n.javaType(), args.build());
        }
        String builder = "new" + n.name();
        if (usedStems.add("#construct " + n.name())) {
            MethodSpec.Builder make = MethodSpec.methodBuilder(builder).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(n.javaType());
            for (int i = 0; i < ms.size(); i++) {
                make.addParameter(ms.get(i).type().javaType(), "m" + i);
            }
            make.addStatement("$T out = new $T()", n.javaType(), n.javaType());
            for (int i = 0; i < ms.size(); i++) {
                make.addStatement("out.$N = m$L", ms.get(i).javaName(), i);
            }
            make.addStatement("return out");
            type.addMethod(make.build());
        }
        return CodeBlock.of("$N($L)", builder, args.build());
    }

    /** The {@code <Canister>Codecs} class, if the canister needs one (composite types). */
    Optional<JavaFile> build(Optional<ClassName> generatedAnnotation) {
        if (!needed) {
            return Optional.empty();
        }
        type.addJavadoc("Reads and writes the Java types of {@link $T} as Candid, generated by the JCDK annotation"
                + " processor.\n<p>One reader and one writer per composite Java type.\n", canister.canisterClass());
        generatedAnnotation.ifPresent(g -> type.addAnnotation(AnnotationSpec.builder(g)
                .addMember("value", "$S", "io.jcdk.processor.CanisterProcessor").build()));
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        return Optional.of(JavaFile.builder(codecs.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build());
    }
}
