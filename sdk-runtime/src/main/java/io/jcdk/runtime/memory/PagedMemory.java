package io.jcdk.runtime.memory;

import java.util.BitSet;

/**
 * A memory seen as 64 KiB pages, with the pages changed since the last save, so that persistence writes only those.
 * Pages count as changed when a transaction that wrote them commits (taken from the journal, so tracking costs
 * nothing per write); anything the journal cannot describe (a write outside a transaction, a restore, clearing)
 * makes the whole memory count as changed.
 */
public interface PagedMemory {
    /** Bytes per page. */
    int PAGE_BYTES = 65536;

    long sizePages();

    /** Whether the changes since {@link #markClean()} are unknown, so that only a full save is correct. */
    boolean allDirty();

    /** Pages changed since {@link #markClean()} (meaningful when {@link #allDirty()} is false); do not modify. */
    BitSet dirtyPages();

    /** The state as it is now has been saved. */
    void markClean();

    /** Copies page {@code index} into {@code dst} ({@link #PAGE_BYTES} long) (zeros for a page never written); false if it is all zeros. */
    boolean copyPage(int index, byte[] dst);
}
