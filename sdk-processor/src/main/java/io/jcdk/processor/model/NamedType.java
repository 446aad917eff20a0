package io.jcdk.processor.model;

import com.squareup.javapoet.TypeName;
import java.util.List;

/**
 * A Candid type defined by name in the {@code .did} ({@code type Name = ...;}): the mapping of one Java record,
 * class, enum or sealed interface (one instantiation, for generic records). The generated code has one encoder and one
 * decoder for it, and one {@code IdlType.Ref} bound to its definition.
 *
 * @param name the Candid type name, unique in the canister
 * @param kind what kind of Java type it is
 * @param javaType the Java type (with its type arguments)
 * @param members the members in Java declaration order: record components, class fields, enum constants or the
 *     permitted records of a sealed interface
 */
public record NamedType(String name, Kind kind, TypeName javaType, List<Member> members) {

    public enum Kind {
        /** A Java record: {@code record { ... }}, built with the canonical constructor. */
        RECORD,
        /** A Java record annotated {@code @CandidTuple}: {@code record { T0; T1; ... }}. */
        TUPLE,
        /** A class: {@code record { ... }} of its fields, built with the no-argument constructor. */
        CLASS,
        /** An enum: {@code variant { A; B }}. */
        ENUM,
        /** A sealed interface whose permitted types are records: {@code variant { A : A; B }}. */
        SEALED,
    }

    /**
     * One member.
     *
     * @param javaName the component, field or enum constant name; for sealed cases the permitted record's class
     * @param candidName the Candid field or case name (null for tuple elements)
     * @param id the Candid field id
     * @param type the member's mapping; null for enum constants and for cases whose record has no components
     * @param caseType for sealed cases: the permitted record type; else null
     */
    public record Member(String javaName, String candidName, long id, MappedType type, TypeName caseType) {
        public CandidType candid() {
            return type == null ? CandidType.Primitive.NULL : type.candid();
        }
    }

    public NamedType {
        members = List.copyOf(members);
    }

    /** The definition: a record, tuple or variant. */
    public CandidType definition() {
        List<CandidType.Field> fields = new java.util.ArrayList<>();
        for (Member m : members) {
            fields.add(new CandidType.Field(m.candidName(), m.id(), m.candid()));
        }
        return kind == Kind.ENUM || kind == Kind.SEALED ? new CandidType.Variant(fields) : new CandidType.Record(fields);
    }

    /** {@code type Name = definition;} */
    public String didDefinition() {
        return "type " + name + " = " + definition().didText() + ";";
    }
}
