package io.jcdk.processor.model;

import com.squareup.javapoet.ClassName;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A validated canister class: everything code generation needs, with no further checks to make.
 *
 * @param element the {@code @Canister} class (the originating element of the generated files)
 * @param canisterClass its name
 * @param exportsClass the name of the generated entry class
 * @param version {@code @Canister(version)}
 * @param init the {@code @Init} method, if any
 * @param preUpgrade the {@code @PreUpgrade} method, if any
 * @param postUpgrade the {@code @PostUpgrade} method, if any
 * @param methods the service methods, in source order
 * @param stableFields the {@code @Stable} fields, in source order
 * @param namedTypes the named Candid types (Java records, classes, enums, sealed interfaces) the interface and the
 *     {@code @Stable} fields use, in order of first use
 */
public record CanisterModel(TypeElement element, ClassName canisterClass, ClassName exportsClass, int version,
        Optional<LifecycleMethod> init, Optional<LifecycleMethod> preUpgrade, Optional<LifecycleMethod> postUpgrade,
        List<ServiceMethod> methods, List<StableField> stableFields, List<NamedType> namedTypes) {

    public CanisterModel {
        methods = List.copyOf(methods);
        stableFields = List.copyOf(stableFields);
        namedTypes = List.copyOf(namedTypes);
    }

    /** The generated class holding the named types and the codecs of composite types: {@code <Canister>Codecs}. */
    public ClassName codecsClass() {
        return ClassName.get(exportsClass.packageName(), String.join("_", canisterClass.simpleNames()) + "Codecs");
    }

    /** The named types the {@code @Stable} record uses, directly or not, in model order. */
    public List<NamedType> stableNamedTypes() {
        java.util.Set<String> used = new java.util.HashSet<>();
        java.util.Map<String, NamedType> byName = new java.util.HashMap<>();
        for (NamedType t : namedTypes) {
            byName.put(t.name(), t);
        }
        java.util.ArrayDeque<MappedType> work = new java.util.ArrayDeque<>();
        for (StableField f : stableFields) {
            work.add(f.type());
        }
        while (!work.isEmpty()) {
            MappedType t = work.pop();
            work.addAll(t.components());
            if (t.shape() == MappedType.Shape.NAMED && used.add(t.typeName())) {
                for (NamedType.Member m : byName.get(t.typeName()).members()) {
                    if (m.type() != null) {
                        work.add(m.type());
                    }
                }
            }
        }
        List<NamedType> out = new ArrayList<>();
        for (NamedType t : namedTypes) {
            if (used.contains(t.name())) {
                out.add(t);
            }
        }
        return out;
    }

    /** The record of the {@code @Stable} fields: the type of the payload saved across upgrades. */
    public CandidType.Record stableRecordType() {
        List<CandidType.Field> fields = new ArrayList<>();
        for (StableField f : stableFields) {
            fields.add(new CandidType.Field(f.candidName(), f.type().candid()));
        }
        return new CandidType.Record(fields);
    }

    /**
     * The text the fingerprint covers: the definitions of the named types the {@code @Stable} fields use (one per
     * line, each followed by a newline), then {@link #stableRecordType()}.
     */
    public String stableTypeText() {
        StringBuilder sb = new StringBuilder();
        for (NamedType t : stableNamedTypes()) {
            sb.append(t.didDefinition()).append('\n');
        }
        return sb.append(stableRecordType().didText()).toString();
    }

    /** FNV-1a (64 bit) of the UTF-8 bytes of {@link #stableTypeText()}. */
    public long stableFingerprint() {
        return fnv1a64(stableTypeText());
    }

    public static long fnv1a64(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The init arguments: the {@code @Init} method's parameters, or none. */
    public List<Param> initParams() {
        return init.map(LifecycleMethod::params).orElse(List.of());
    }
}
