package io.jcdk.processor.model;

import com.squareup.javapoet.TypeName;
import java.util.List;

/**
 * A Java type together with the Candid type it maps to and the shape of the conversion between them. Composite
 * shapes (added by later mapping rules: lists, optionals, records, ...) carry the mappings of their components.
 *
 * @param javaType the Java type as written in generated code
 * @param candid the Candid type
 * @param shape how values convert between the two
 * @param components the mappings of the component types (element, field, ...), in the order the shape defines
 */
public record MappedType(TypeName javaType, CandidType candid, Shape shape, List<MappedType> components) {

    /** How a Java value converts to and from a Candid value. */
    public enum Shape {
        /** A primitive Candid type held in a Java primitive, its box, {@code String}, {@code BigInteger} or {@code Principal}. */
        SCALAR,
        /** {@code byte[]} as {@code blob}. */
        BLOB,
    }

    public MappedType {
        components = List.copyOf(components);
    }

    public static MappedType scalar(TypeName javaType, CandidType.Primitive candid) {
        return new MappedType(javaType, candid, Shape.SCALAR, List.of());
    }

    public static MappedType blob() {
        return new MappedType(com.squareup.javapoet.ArrayTypeName.of(TypeName.BYTE), CandidType.Vec.BLOB, Shape.BLOB,
                List.of());
    }
}
