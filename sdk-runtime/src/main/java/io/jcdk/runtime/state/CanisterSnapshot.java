package io.jcdk.runtime.state;

import io.jcdk.runtime.exec.CanisterMetadata;
import io.jcdk.runtime.memory.StableMemory;

/**
 * Everything needed to bring a canister back: metadata, which module, the heap, the mutable globals and stable
 * memory.
 *
 * @param globals mutable global values as (low, high) pairs
 */
public record CanisterSnapshot(String name, String moduleHash, CanisterMetadata metadata, byte[] heap,
        long[] globals, StableMemory stable) {}
