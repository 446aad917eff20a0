package io.jcdk.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * An {@code @Update} or {@code @Query} method: a public method of the canister's Candid service.
 *
 * @param kind update or query
 * @param candidName the Candid method name (and the suffix of the export name)
 * @param javaName the name of the Java method
 * @param params the parameters, decoded from the call's argument in this order
 * @param result the result's mapping, or empty for {@code void} (Candid {@code ()})
 * @param resultTuple when the result is a {@code @CandidTuple} record: its definition, whose components are the
 *     method's several Candid results
 * @param guard the name of the guard method, or empty
 */
public record ServiceMethod(Kind kind, String candidName, String javaName, List<Param> params,
        Optional<MappedType> result, Optional<NamedType> resultTuple, Optional<String> guard) {

    public enum Kind {
        UPDATE("canister_update "), QUERY("canister_query ");

        private final String exportPrefix;

        Kind(String exportPrefix) {
            this.exportPrefix = exportPrefix;
        }
    }

    public ServiceMethod {
        params = List.copyOf(params);
    }

    /** The Candid result types: none for void, the components of a {@code @CandidTuple} result, else one. */
    public List<CandidType> resultTypes() {
        if (resultTuple.isPresent()) {
            List<CandidType> types = new java.util.ArrayList<>();
            for (NamedType.Member m : resultTuple.get().members()) {
                types.add(m.candid());
            }
            return types;
        }
        return result.map(r -> List.of(r.candid())).orElse(List.of());
    }

    /** The name the IC calls: {@code canister_update <name>} or {@code canister_query <name>}. */
    public String exportName() {
        return kind.exportPrefix + candidName;
    }
}
