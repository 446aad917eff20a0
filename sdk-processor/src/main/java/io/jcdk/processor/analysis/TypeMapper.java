package io.jcdk.processor.analysis;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import io.jcdk.processor.model.CandidType.Primitive;
import io.jcdk.processor.model.MappedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps Java types to Candid types. The mapping is a list of {@link Rule}s tried in order; the first that accepts a
 * type wins. Rules for composite types (lists, optionals, records, ...) map their components through
 * {@link #map(TypeMirror, boolean)} again.
 */
public final class TypeMapper {
    /** The qualified name of the canister library's principal class (the processor does not depend on it). */
    public static final String PRINCIPAL = "io.jcdk.canister.Principal";

    /** One way of mapping Java types. */
    public interface Rule {
        /** The mapping of {@code type}, or empty if this rule does not handle it. */
        Optional<MappedType> map(TypeMirror type, boolean unsigned, TypeMapper mapper);

        /** Whether {@code @Unsigned} means something on {@code type} for this rule. */
        default boolean acceptsUnsigned(TypeMirror type) {
            return false;
        }
    }

    /** A row of the scalar table: a Java type and its Candid type, signed and (if there is one) unsigned. */
    record Scalar(TypeName javaType, Primitive signed, Primitive unsigned) {
    }

    /** Java types that map to a primitive Candid type, keyed by {@link #key(TypeMirror)}. */
    static final Map<String, Scalar> SCALARS = new LinkedHashMap<>();

    static {
        scalar(TypeName.BOOLEAN, Primitive.BOOL, null);
        scalar(TypeName.BOOLEAN.box(), Primitive.BOOL, null);
        scalar(TypeName.LONG, Primitive.INT64, Primitive.NAT64);
        scalar(TypeName.LONG.box(), Primitive.INT64, Primitive.NAT64);
        scalar(TypeName.INT, Primitive.INT32, Primitive.NAT32);
        scalar(TypeName.INT.box(), Primitive.INT32, Primitive.NAT32);
        scalar(TypeName.SHORT, Primitive.INT16, Primitive.NAT16);
        scalar(TypeName.SHORT.box(), Primitive.INT16, Primitive.NAT16);
        scalar(TypeName.BYTE, Primitive.INT8, Primitive.NAT8);
        scalar(TypeName.BYTE.box(), Primitive.INT8, Primitive.NAT8);
        scalar(TypeName.FLOAT, Primitive.FLOAT32, null);
        scalar(TypeName.FLOAT.box(), Primitive.FLOAT32, null);
        scalar(TypeName.DOUBLE, Primitive.FLOAT64, null);
        scalar(TypeName.DOUBLE.box(), Primitive.FLOAT64, null);
        scalar(ClassName.get("java.lang", "String"), Primitive.TEXT, null);
        scalar(ClassName.get("java.math", "BigInteger"), Primitive.INT, Primitive.NAT);
        scalar(ClassName.bestGuess(PRINCIPAL), Primitive.PRINCIPAL, null);
    }

    private static void scalar(TypeName javaType, Primitive signed, Primitive unsigned) {
        SCALARS.put(javaType.toString(), new Scalar(javaType, signed, unsigned));
    }

    /** The scalar rule: primitives, their boxes, {@code String}, {@code BigInteger}, {@code Principal}. */
    static final Rule SCALAR_RULE = new Rule() {
        @Override
        public Optional<MappedType> map(TypeMirror type, boolean unsigned, TypeMapper mapper) {
            Scalar s = SCALARS.get(key(type));
            if (s == null || (unsigned && s.unsigned() == null)) {
                return Optional.empty();
            }
            return Optional.of(MappedType.scalar(s.javaType(), unsigned ? s.unsigned() : s.signed()));
        }

        @Override
        public boolean acceptsUnsigned(TypeMirror type) {
            Scalar s = SCALARS.get(key(type));
            return s != null && s.unsigned() != null;
        }
    };

    /** {@code byte[]} as {@code blob}. */
    static final Rule BLOB_RULE = (type, unsigned, mapper) -> {
        if (!unsigned && type.getKind() == TypeKind.ARRAY
                && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
            return Optional.of(MappedType.blob());
        }
        return Optional.empty();
    };

    private final List<Rule> rules;

    /** The mapper with the built-in rules. */
    public TypeMapper() {
        this(List.of(SCALAR_RULE, BLOB_RULE));
    }

    public TypeMapper(List<Rule> rules) {
        this.rules = new ArrayList<>(rules);
    }

    /** The mapping of {@code type} ({@code unsigned} when {@code @Unsigned} applies to it), or empty. */
    public Optional<MappedType> map(TypeMirror type, boolean unsigned) {
        for (Rule rule : rules) {
            Optional<MappedType> m = rule.map(type, unsigned, this);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code @Unsigned} can apply to {@code type}. */
    public boolean acceptsUnsigned(TypeMirror type) {
        for (Rule rule : rules) {
            if (rule.acceptsUnsigned(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lookup key of a type in the scalar table: the keyword of a primitive, the qualified name of a class without
     * type arguments; null for anything else.
     */
    static String key(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType d = (DeclaredType) type;
            if (d.getTypeArguments().isEmpty()) {
                return ((TypeElement) d.asElement()).getQualifiedName().toString();
            }
        }
        return null;
    }

    /** A type for messages: as javac prints it, without type annotations such as {@code @Unsigned}. */
    public static String describe(TypeMirror type) {
        String s = type.toString();
        // javac prints type annotations in front of the type; drop ours so the message shows the plain type.
        return s.replace("@io.jcdk.annotations.Unsigned ", "");
    }

    /** The descriptive list of Java types {@code @Unsigned} applies to, for messages. */
    static String unsignedTypes() {
        return "byte, short, int, long, their boxes and java.math.BigInteger";
    }

    /** Whether a type, or any type inside it, could not be resolved (javac reports those itself). */
    public static boolean containsErrors(TypeMirror type) {
        switch (type.getKind()) {
            case ERROR:
                return true;
            case ARRAY:
                return containsErrors(((ArrayType) type).getComponentType());
            case DECLARED:
                for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
                    if (containsErrors(arg)) {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }
}
