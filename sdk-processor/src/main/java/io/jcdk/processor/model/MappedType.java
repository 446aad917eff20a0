package io.jcdk.processor.model;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import java.util.List;

/**
 * A Java type together with the Candid type it maps to and the shape of the conversion between them. Composite
 * shapes carry the mappings of their components. A Java record, class, enum or sealed interface is {@link Shape#NAMED}:
 * its definition is a {@link NamedType} of the canister model, found by {@link #typeName()}; this indirection is what
 * lets types be recursive.
 *
 * @param javaType the Java type as written in generated code
 * @param candid the Candid type
 * @param shape how values convert between the two
 * @param components the mappings of the component types (element, key and value, ...), in the order the shape defines
 * @param implementation for {@link Shape#COLLECTION} and {@link Shape#MAP}: the class the decoder creates; else null
 */
public record MappedType(TypeName javaType, CandidType candid, Shape shape, List<MappedType> components,
        ClassName implementation) {

    /** How a Java value converts to and from a Candid value. */
    public enum Shape {
        /** A primitive Candid type held in a Java primitive, its box, {@code String}, {@code BigInteger} or {@code Principal}. */
        SCALAR,
        /** {@code byte[]} as {@code blob}. */
        BLOB,
        /** {@code Optional<T>} as {@code opt T}. */
        OPTIONAL,
        /** A {@code @Nullable T} as {@code opt T}: null is none. */
        NULLABLE,
        /** {@code T[]} as {@code vec T}. */
        ARRAY,
        /** {@code List<T>}, {@code Set<T>}, ... as {@code vec T}. */
        COLLECTION,
        /** {@code Map<K, V>} as {@code vec record { K; V }}. */
        MAP,
        /** A Java record, class, enum or sealed interface: a named Candid type. */
        NAMED,
    }

    public MappedType {
        components = List.copyOf(components);
    }

    /** The name of the Candid type a {@link Shape#NAMED} type refers to. */
    public String typeName() {
        return ((CandidType.Named) candid).name();
    }

    /** The element, or content, of a one-component shape. */
    public MappedType component() {
        return components.get(0);
    }

    public boolean isInline() {
        return shape == Shape.SCALAR || shape == Shape.BLOB;
    }

    public static MappedType scalar(TypeName javaType, CandidType.Primitive candid) {
        return new MappedType(javaType, candid, Shape.SCALAR, List.of(), null);
    }

    public static MappedType blob() {
        return new MappedType(ArrayTypeName.of(TypeName.BYTE), CandidType.Vec.BLOB, Shape.BLOB, List.of(), null);
    }

    public static MappedType optional(TypeName javaType, MappedType inner) {
        return new MappedType(javaType, new CandidType.Opt(inner.candid()), Shape.OPTIONAL, List.of(inner), null);
    }

    public static MappedType nullable(MappedType inner) {
        return new MappedType(inner.javaType().box(), new CandidType.Opt(inner.candid()), Shape.NULLABLE,
                List.of(inner), null);
    }

    public static MappedType array(MappedType element) {
        return new MappedType(ArrayTypeName.of(element.javaType()), new CandidType.Vec(element.candid()), Shape.ARRAY,
                List.of(element), null);
    }

    public static MappedType collection(TypeName javaType, ClassName implementation, MappedType element) {
        return new MappedType(javaType, new CandidType.Vec(element.candid()), Shape.COLLECTION, List.of(element),
                implementation);
    }

    public static MappedType map(TypeName javaType, ClassName implementation, MappedType key, MappedType value) {
        CandidType entry = CandidType.Record.tuple(List.of(key.candid(), value.candid()));
        return new MappedType(javaType, new CandidType.Vec(entry), Shape.MAP, List.of(key, value), implementation);
    }

    public static MappedType named(TypeName javaType, String name) {
        return new MappedType(javaType, new CandidType.Named(name), Shape.NAMED, List.of(), null);
    }
}
