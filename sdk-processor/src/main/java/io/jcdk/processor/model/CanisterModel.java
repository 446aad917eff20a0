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
 */
public record CanisterModel(TypeElement element, ClassName canisterClass, ClassName exportsClass, int version,
        Optional<LifecycleMethod> init, Optional<LifecycleMethod> preUpgrade, Optional<LifecycleMethod> postUpgrade,
        List<ServiceMethod> methods, List<StableField> stableFields) {

    public CanisterModel {
        methods = List.copyOf(methods);
        stableFields = List.copyOf(stableFields);
    }

    /** The record of the {@code @Stable} fields: the type of the payload saved across upgrades. */
    public CandidType.Record stableRecordType() {
        List<CandidType.Field> fields = new ArrayList<>();
        for (StableField f : stableFields) {
            fields.add(new CandidType.Field(f.candidName(), f.type().candid()));
        }
        return new CandidType.Record(fields);
    }

    /** FNV-1a (64 bit) of the UTF-8 bytes of {@link #stableRecordType()}'s Candid text. */
    public long stableFingerprint() {
        return fnv1a64(stableRecordType().didText());
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
