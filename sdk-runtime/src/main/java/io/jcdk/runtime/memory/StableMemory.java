package io.jcdk.runtime.memory;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A canister's stable memory: 64 KiB pages allocated on first write (untouched pages read as zero), with the same
 * begin/commit/rollback journal as {@link JournaledMemory}, by copy-on-write of touched pages.
 */
public final class StableMemory implements PagedMemory {
    public static final int PAGE_SIZE = PAGE_BYTES;
    /** The IC's limit on stable memory ("Wasm stable memory per canister", resource limits): 500 GiB. */
    public static final long MAX_PAGES = 500L * 1024 * 1024 * 1024 / PAGE_SIZE;
    /** The deprecated 32-bit API addresses at most 4 GiB. */
    public static final long MAX_PAGES_32 = 65536;

    private byte[][] pages = new byte[0][];
    private long size;

    private Map<Integer, byte[]> before;
    private long sizeAtBegin;

    // Pages changed by committed transactions since the last save (see PagedMemory).
    private final java.util.BitSet dirty = new java.util.BitSet();
    private boolean allDirty = true;

    @Override
    public long sizePages() {
        return size;
    }

    public long sizeBytes() {
        return size * PAGE_SIZE;
    }

    /** Grows by delta pages; returns the old size, or -1 when the new size would exceed limitPages. */
    public long grow(long delta, long limitPages) {
        long old = size;
        if (delta < 0 || old + delta > limitPages || old + delta > MAX_PAGES) {
            return -1;
        }
        long wanted = old + delta;
        if (wanted > pages.length) {
            pages = Arrays.copyOf(pages, (int) Math.max(wanted, Math.min(MAX_PAGES, pages.length * 2L)));
        }
        size = wanted;
        return old;
    }

    /** Copies stable[offset, offset+dst.length) into dst; the caller has checked bounds. */
    public void read(long offset, byte[] dst, int dstOffset, int length) {
        int done = 0;
        while (done < length) {
            long at = offset + done;
            int page = (int) (at / PAGE_SIZE);
            int inPage = (int) (at % PAGE_SIZE);
            int chunk = Math.min(length - done, PAGE_SIZE - inPage);
            byte[] p = pages[page];
            if (p == null) {
                Arrays.fill(dst, dstOffset + done, dstOffset + done + chunk, (byte) 0);
            } else {
                System.arraycopy(p, inPage, dst, dstOffset + done, chunk);
            }
            done += chunk;
        }
    }

    /** Copies src into stable[offset, ...); the caller has checked bounds. */
    public void write(long offset, byte[] src, int srcOffset, int length) {
        int done = 0;
        while (done < length) {
            long at = offset + done;
            int page = (int) (at / PAGE_SIZE);
            int inPage = (int) (at % PAGE_SIZE);
            int chunk = Math.min(length - done, PAGE_SIZE - inPage);
            System.arraycopy(src, srcOffset + done, writable(page), inPage, chunk);
            done += chunk;
        }
    }

    private byte[] writable(int page) {
        byte[] p = pages[page];
        if (before == null) {
            allDirty = true; // not journaled
        }
        if (before != null && !before.containsKey(page)) {
            before.put(page, p);
            p = p == null ? new byte[PAGE_SIZE] : p.clone();
            pages[page] = p;
        } else if (p == null) {
            p = new byte[PAGE_SIZE];
            pages[page] = p;
        }
        return p;
    }

    public void begin() {
        if (before != null) {
            throw new IllegalStateException("a stable memory transaction is already open");
        }
        before = new HashMap<>();
        sizeAtBegin = size;
    }

    public void commit() {
        for (Integer page : before.keySet()) {
            dirty.set(page);
        }
        before = null;
    }

    public void rollback() {
        for (Map.Entry<Integer, byte[]> e : before.entrySet()) {
            pages[e.getKey()] = e.getValue();
        }
        for (long p = sizeAtBegin; p < size; p++) {
            pages[(int) p] = null;
        }
        size = sizeAtBegin;
        before = null;
    }

    /** The open transaction's state at this point (see {@link JournaledMemory.Savepoint}). */
    public record Savepoint(long size, Map<Integer, byte[]> pages) {}

    public Savepoint savepoint() {
        requireOpen();
        Map<Integer, byte[]> copy = new HashMap<>();
        for (Integer k : before.keySet()) {
            byte[] p = k < pages.length ? pages[k] : null;
            copy.put(k, p == null ? null : p.clone());
        }
        return new Savepoint(size, copy);
    }

    /** Puts stable memory back as it was at {@code s}; the transaction stays open. */
    public void rollbackTo(Savepoint s) {
        requireOpen();
        // Pages keep their journal entry, so later writes go straight to the page: never hand out a before-image.
        for (Map.Entry<Integer, byte[]> e : before.entrySet()) {
            pages[e.getKey()] = e.getValue() == null ? null : e.getValue().clone();
        }
        for (long p = sizeAtBegin; p < size; p++) {
            pages[(int) p] = null;
        }
        size = s.size();
        for (Map.Entry<Integer, byte[]> e : s.pages().entrySet()) {
            pages[e.getKey()] = e.getValue() == null ? null : e.getValue().clone();
        }
    }

    private void requireOpen() {
        if (before == null) {
            throw new IllegalStateException("no stable memory transaction is open");
        }
    }

    /** Empties the memory (reinstall). */
    public void clear() {
        allDirty = true;
        pages = new byte[0][];
        size = 0;
        before = null;
    }

    @Override
    public boolean allDirty() {
        return allDirty;
    }

    @Override
    public java.util.BitSet dirtyPages() {
        return dirty;
    }

    @Override
    public void markClean() {
        if (before != null) {
            throw new IllegalStateException("cannot mark stable memory saved while a transaction is open");
        }
        dirty.clear();
        allDirty = false;
    }

    @Override
    public boolean copyPage(int index, byte[] dst) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("page " + index + " of a stable memory of " + size + " pages");
        }
        byte[] p = pages[index];
        if (p == null) {
            Arrays.fill(dst, (byte) 0);
            return false;
        }
        System.arraycopy(p, 0, dst, 0, PAGE_SIZE);
        return !Arrays.equals(p, ZERO_PAGE);
    }

    private static final byte[] ZERO_PAGE = new byte[PAGE_SIZE];

    /** Visits the pages that were ever written (others are zero), for persistence. */
    public void forEachAllocatedPage(BiConsumer<Integer, byte[]> visitor) {
        for (int i = 0; i < size; i++) {
            if (pages[i] != null) {
                visitor.accept(i, pages[i]);
            }
        }
    }

    /** Restores from persistence: sets the size, then pages are filled with {@link #putPage}. */
    public void resetTo(long sizePages) {
        if (sizePages < 0 || sizePages > MAX_PAGES) {
            throw new IllegalArgumentException("stable memory size " + sizePages + " pages is out of range");
        }
        clear();
        grow(sizePages, MAX_PAGES);
    }

    public void putPage(int index, byte[] page) {
        if (index < 0 || index >= size || page.length != PAGE_SIZE) {
            throw new IllegalArgumentException("stable memory page " + index + " does not fit a memory of " + size
                    + " pages");
        }
        pages[index] = page;
        allDirty = true;
    }
}
