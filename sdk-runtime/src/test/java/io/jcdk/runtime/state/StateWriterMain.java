package io.jcdk.runtime.state;

import io.jcdk.canister.Principal;
import io.jcdk.runtime.exec.CanisterMetadata;
import io.jcdk.runtime.memory.StableMemory;
import java.nio.file.Path;
import java.util.Arrays;

/** Child process for the crash test: saves ever newer large states until it is killed. */
public final class StateWriterMain {
    public static void main(String[] args) {
        StateStore store = StateStore.open(Path.of(args[0]));
        int heapBytes = Integer.parseInt(args[1]);
        for (long v = 1; ; v++) {
            store.save(snapshot(v, heapBytes));
            System.out.println("saved " + v);
            System.out.flush();
        }
    }

    static CanisterSnapshot snapshot(long v, int heapBytes) {
        CanisterMetadata meta = new CanisterMetadata(Principal.fromText("rrkah-fqaaa-aaaaa-aaaaq-cai"));
        meta.setVersion(v);
        byte[] heap = new byte[heapBytes];
        Arrays.fill(heap, (byte) v);
        StableMemory stable = new StableMemory();
        stable.grow(2, StableMemory.MAX_PAGES);
        stable.write(70000, new byte[] {(byte) v}, 0, 1);
        return new CanisterSnapshot("big", "00", meta, heap, new long[] {v, 0}, stable);
    }
}
