package io.jcdk.runtime.memory;

import static com.dylibso.chicory.runtime.ConstantEvaluators.computeConstantValue;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.UninstantiableException;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.PassiveDataSegment;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Wasm linear memory with a page journal, so that a message that traps can be undone at the cost of the pages it
 * touched (not of the whole heap). {@link #begin()} starts a transaction; the first write to a 64 KiB page in it saves
 * the page's old contents; {@link #rollback()} puts them back and shrinks to the old size; {@link #commit()} forgets
 * them. Memory is one contiguous array (with spare capacity) so that unaligned accesses across pages stay simple.
 */
public final class JournaledMemory implements Memory, PagedMemory {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int PAGE_SHIFT = 16;

    private final int initialPages;
    private final int maximumPages;
    private byte[] data;
    private int pages;
    private DataSegment[] dataSegments;

    // Journal: before-images of the pages written since begin(); null when no transaction is open.
    private byte[][] before;
    private int[] touched;
    private int touchedCount;
    private int pagesAtBegin;

    // Pages changed by committed transactions since the last save (see PagedMemory).
    private final java.util.BitSet dirty = new java.util.BitSet();
    private boolean allDirty = true;

    public JournaledMemory(MemoryLimits limits) {
        this.initialPages = limits.initialPages();
        this.maximumPages = Math.min(limits.maximumPages(), RUNTIME_MAX_PAGES);
        this.pages = initialPages;
        this.data = new byte[initialPages * PAGE_SIZE];
    }

    // ---- transactions ----

    /** Starts recording before-images. */
    public void begin() {
        if (before != null) {
            throw new IllegalStateException("a memory transaction is already open");
        }
        pagesAtBegin = pages;
        before = new byte[pages][];
        touched = new int[16];
        touchedCount = 0;
    }

    /** Keeps every change since {@link #begin()}. */
    public void commit() {
        for (int i = 0; i < touchedCount; i++) {
            dirty.set(touched[i]);
        }
        if (pages > pagesAtBegin) {
            dirty.set(pagesAtBegin, pages);
        }
        before = null;
        touched = null;
    }

    /** Undoes every change since {@link #begin()}, including growth. */
    public void rollback() {
        for (int i = 0; i < touchedCount; i++) {
            int p = touched[i];
            System.arraycopy(before[p], 0, data, p << PAGE_SHIFT, PAGE_SIZE);
        }
        if (pages > pagesAtBegin) {
            // Pages added by grow must read as zero if they are grown again.
            Arrays.fill(data, pagesAtBegin * PAGE_SIZE, pages * PAGE_SIZE, (byte) 0);
            pages = pagesAtBegin;
        }
        before = null;
        touched = null;
    }

    /**
     * The contents of the open transaction at this point: the pages it changed (with their current contents) and the
     * size. {@link #rollbackTo} returns to it without closing the transaction, so that one transaction can hold
     * several states in turn (composite queries: a canister's state across its callbacks, and its committed state
     * for a nested call into it).
     */
    public record Savepoint(int pages, int[] indexes, byte[][] contents) {}

    public Savepoint savepoint() {
        requireOpen();
        int grown = Math.max(0, pages - pagesAtBegin);
        int[] idx = new int[touchedCount + grown];
        byte[][] contents = new byte[idx.length][];
        for (int i = 0; i < touchedCount; i++) {
            idx[i] = touched[i];
        }
        for (int i = 0; i < grown; i++) {
            idx[touchedCount + i] = pagesAtBegin + i;
        }
        for (int i = 0; i < idx.length; i++) {
            contents[i] = Arrays.copyOfRange(data, idx[i] << PAGE_SHIFT, (idx[i] + 1) << PAGE_SHIFT);
        }
        return new Savepoint(pages, idx, contents);
    }

    /** Puts the memory back as it was at {@code s} (taken in the open transaction); the transaction stays open. */
    public void rollbackTo(Savepoint s) {
        requireOpen();
        for (int i = 0; i < touchedCount; i++) {
            int p = touched[i];
            System.arraycopy(before[p], 0, data, p << PAGE_SHIFT, PAGE_SIZE);
        }
        if (pages > pagesAtBegin) {
            Arrays.fill(data, pagesAtBegin * PAGE_SIZE, pages * PAGE_SIZE, (byte) 0);
        }
        pages = s.pages();
        for (int i = 0; i < s.indexes().length; i++) {
            System.arraycopy(s.contents()[i], 0, data, s.indexes()[i] << PAGE_SHIFT, PAGE_SIZE);
        }
    }

    private void requireOpen() {
        if (before == null) {
            throw new IllegalStateException("no memory transaction is open");
        }
    }

    /** Pages saved by the open transaction (how much a rollback would copy back). */
    public int journaledPages() {
        return touchedCount;
    }

    // ---- persistence ----

    @Override
    public long sizePages() {
        return pages;
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
            throw new IllegalStateException("cannot mark memory saved while a transaction is open");
        }
        dirty.clear();
        allDirty = false;
    }

    @Override
    public boolean copyPage(int index, byte[] dst) {
        if (index < 0 || index >= pages) {
            throw new IndexOutOfBoundsException("page " + index + " of a memory of " + pages + " pages");
        }
        int from = index << PAGE_SHIFT;
        System.arraycopy(data, from, dst, 0, PAGE_SIZE);
        return !Arrays.equals(data, from, from + PAGE_SIZE, ZERO_PAGE, 0, PAGE_SIZE);
    }

    private static final byte[] ZERO_PAGE = new byte[PAGE_SIZE];

    /** The whole memory, for persistence. */
    public byte[] snapshot() {
        return Arrays.copyOf(data, pages * PAGE_SIZE);
    }

    /** Replaces the whole memory with persisted contents (a multiple of the page size). */
    public void restore(byte[] contents) {
        if (contents.length % PAGE_SIZE != 0) {
            throw new IllegalArgumentException("memory image of " + contents.length + " bytes is not whole pages");
        }
        int n = contents.length / PAGE_SIZE;
        if (n > maximumPages) {
            throw new IllegalArgumentException("memory image of " + n + " pages exceeds the module's maximum of "
                    + maximumPages);
        }
        data = contents.length >= data.length ? contents.clone() : Arrays.copyOf(contents, data.length);
        if (contents.length < data.length) {
            Arrays.fill(data, contents.length, data.length, (byte) 0);
        }
        pages = n;
        allDirty = true;
    }

    private void touch(int addr, int size) {
        int first = addr >>> PAGE_SHIFT;
        int last = (addr + size - 1) >>> PAGE_SHIFT;
        for (int p = first; p <= last; p++) {
            if (p < pagesAtBegin && before[p] == null) {
                before[p] = Arrays.copyOfRange(data, p << PAGE_SHIFT, (p + 1) << PAGE_SHIFT);
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = p;
            }
        }
    }

    private void checkRead(int addr, int size) {
        if (addr < 0 || size < 0 || (long) addr + size > (long) pages * PAGE_SIZE) {
            throw outOfBounds(addr, size);
        }
    }

    private void checkWrite(int addr, int size) {
        checkRead(addr, size);
        if (before != null) {
            if (size > 0) {
                touch(addr, size);
            }
        } else {
            allDirty = true; // not journaled: instantiation, or a write outside any message
        }
    }

    private WasmRuntimeException outOfBounds(int addr, int size) {
        return new WasmRuntimeException("out of bounds memory access: address " + Integer.toUnsignedString(addr)
                + " size " + size + " but memory is " + ((long) pages * PAGE_SIZE) + " bytes");
    }

    // ---- sizing ----

    @Override
    public int pages() {
        return pages;
    }

    @Override
    public int grow(int delta) {
        int previous = pages;
        long wanted = (long) previous + Integer.toUnsignedLong(delta);
        if (wanted > maximumPages) {
            return -1;
        }
        long bytes = wanted * PAGE_SIZE;
        if (bytes > data.length) {
            long capacity = Math.max(bytes, Math.min((long) data.length * 3 / 2, (long) maximumPages * PAGE_SIZE));
            data = Arrays.copyOf(data, (int) Math.min(capacity, Integer.MAX_VALUE - 8));
        }
        pages = (int) wanted;
        if (before == null) {
            allDirty = true;
        }
        return previous;
    }

    @Override
    public int initialPages() {
        return initialPages;
    }

    @Override
    public int maximumPages() {
        return maximumPages;
    }

    @Override
    public boolean shared() {
        return false;
    }

    // Canisters are single-threaded: no shared memory, so the atomics need no real lock.
    @Override
    @SuppressWarnings("removal")
    public Object lock(int address) {
        return this;
    }

    @Override
    @SuppressWarnings("removal")
    public int waitOn(int address, int expected, long timeout) {
        throw new ChicoryException("memory.atomic.wait on a non-shared memory");
    }

    @Override
    @SuppressWarnings("removal")
    public int waitOn(int address, long expected, long timeout) {
        throw new ChicoryException("memory.atomic.wait on a non-shared memory");
    }

    @Override
    @SuppressWarnings("removal")
    public int notify(int address, int maxThreads) {
        return 0;
    }

    // ---- initialisation ----

    @Override
    public void initialize(Instance instance, DataSegment[] segments) {
        initialize(instance, segments, 0);
    }

    @Override
    public void initialize(Instance instance, DataSegment[] segments, int memoryIndex) {
        this.dataSegments = segments;
        if (segments == null) {
            return;
        }
        for (DataSegment s : segments) {
            if (s instanceof ActiveDataSegment segment) {
                if (segment.index() != memoryIndex) {
                    continue;
                }
                int offset = (int) computeConstantValue(instance, segment.offsetInstructions())[0];
                byte[] bytes = segment.data();
                if (offset < 0 || (long) offset + bytes.length > (long) pages * PAGE_SIZE) {
                    throw new UninstantiableException("out of bounds memory access: data segment at " + offset);
                }
                write(offset, bytes, 0, bytes.length);
            }
        }
    }

    @Override
    public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
        byte[] segment = dataSegments[segmentId].data();
        if (offset < 0 || size < 0 || (long) offset + size > segment.length) {
            throw new WasmRuntimeException("out of bounds memory access: memory.init beyond data segment "
                    + segmentId);
        }
        write(dest, segment, offset, size);
    }

    @Override
    public void drop(int segment) {
        dataSegments[segment] = PassiveDataSegment.EMPTY;
    }

    // ---- bulk ----

    @Override
    public void write(int addr, byte[] src, int offset, int size) {
        if (offset < 0 || size < 0 || (long) offset + size > src.length) {
            throw new WasmRuntimeException("out of bounds memory access: source range " + offset + "+" + size);
        }
        checkWrite(addr, size);
        System.arraycopy(src, offset, data, addr, size);
    }

    @Override
    public byte[] readBytes(int addr, int len) {
        checkRead(addr, len);
        return Arrays.copyOfRange(data, addr, addr + len);
    }

    /** Copies memory into a host array without an intermediate copy. */
    public void readInto(int addr, byte[] dst, int dstOffset, int len) {
        checkRead(addr, len);
        System.arraycopy(data, addr, dst, dstOffset, len);
    }

    @Override
    public void zero() {
        fill((byte) 0, 0, pages * PAGE_SIZE);
    }

    @Override
    public void fill(byte value, int fromIndex, int toIndex) {
        int size = toIndex - fromIndex;
        checkWrite(fromIndex, size);
        Arrays.fill(data, fromIndex, toIndex, value);
    }

    @Override
    public void copy(int dest, int src, int size) {
        checkRead(src, size);
        checkWrite(dest, size);
        System.arraycopy(data, src, data, dest, size);
    }

    // ---- scalars ----

    @Override
    public byte read(int addr) {
        checkRead(addr, 1);
        return data[addr];
    }

    @Override
    public void writeByte(int addr, byte value) {
        checkWrite(addr, 1);
        data[addr] = value;
    }

    @Override
    public short readShort(int addr) {
        checkRead(addr, 2);
        return (short) SHORT.get(data, addr);
    }

    @Override
    public long readU16(int addr) {
        return readShort(addr) & 0xFFFFL;
    }

    @Override
    public void writeShort(int addr, short value) {
        checkWrite(addr, 2);
        SHORT.set(data, addr, value);
    }

    @Override
    public int readInt(int addr) {
        checkRead(addr, 4);
        return (int) INT.get(data, addr);
    }

    @Override
    public void writeI32(int addr, int value) {
        checkWrite(addr, 4);
        INT.set(data, addr, value);
    }

    @Override
    public long readLong(int addr) {
        checkRead(addr, 8);
        return (long) LONG.get(data, addr);
    }

    @Override
    public void writeLong(int addr, long value) {
        checkWrite(addr, 8);
        LONG.set(data, addr, value);
    }

    @Override
    public void writeF32(int addr, float value) {
        writeI32(addr, Float.floatToRawIntBits(value));
    }

    @Override
    public long readF32(int addr) {
        return readInt(addr);
    }

    @Override
    public float readFloat(int addr) {
        return Float.intBitsToFloat(readInt(addr));
    }

    @Override
    public void writeF64(int addr, double value) {
        writeLong(addr, Double.doubleToRawLongBits(value));
    }

    @Override
    public double readDouble(int addr) {
        return Double.longBitsToDouble(readLong(addr));
    }

    @Override
    public long readF64(int addr) {
        return readLong(addr);
    }
}
