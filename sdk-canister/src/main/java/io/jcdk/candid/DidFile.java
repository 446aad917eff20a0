package io.jcdk.candid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed Candid interface description (.did): type definitions (possibly recursive), and an optional main service
 * with optional init arguments ({@code service : (init args) -> { ... }}). Imports are not supported.
 */
public final class DidFile {
    private final Map<String, IdlType> types;
    private final IdlType service;
    private final List<IdlType> initArgs;

    DidFile(Map<String, IdlType.Ref> env, IdlType service, List<IdlType> initArgs) {
        this.types = Collections.unmodifiableMap(new LinkedHashMap<String, IdlType>(env));
        this.service = service;
        this.initArgs = Collections.unmodifiableList(new ArrayList<>(initArgs));
    }

    /**
     * Parses a .did file.
     *
     * @throws CandidException with line and column on a syntax error, an undefined or vacuous type
     */
    public static DidFile parse(String didText) throws CandidException {
        return DidParser.parseFile(didText);
    }

    /** The methods of the main service, sorted by name; empty without a service. */
    public List<DidMethod> methods() {
        return service == null ? Collections.<DidMethod>emptyList() : service.methods();
    }

    public Optional<DidMethod> method(String name) {
        for (DidMethod m : methods()) {
            if (m.name().equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The init arguments of a service constructor; empty when there are none. */
    public List<IdlType> initArgs() {
        return initArgs;
    }

    /** The main service type, if the file declares one. */
    public Optional<IdlType> serviceType() {
        return Optional.ofNullable(service);
    }

    /** The named types, in order of first mention; each is a {@link IdlType.Ref} with that name. */
    public Map<String, IdlType> types() {
        return types;
    }

    /** The named type, if defined. */
    public Optional<IdlType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }
}
