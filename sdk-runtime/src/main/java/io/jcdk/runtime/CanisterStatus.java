package io.jcdk.runtime;

import io.jcdk.canister.Principal;
import io.jcdk.runtime.module.MethodKind;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * What {@code status} shows about a canister.
 *
 * @param methods public methods by name (from the module's exports)
 */
public record CanisterStatus(String name, Principal id, String moduleHash, long moduleSize, long version,
        String status, long memoryBytes, long stableMemoryBytes, BigInteger cycles, List<Principal> controllers,
        Map<String, MethodKind> methods, long globalTimer) {}
