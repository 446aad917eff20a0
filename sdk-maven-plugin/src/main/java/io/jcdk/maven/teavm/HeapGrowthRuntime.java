package io.jcdk.maven.teavm;

import org.teavm.interop.Address;
import org.teavm.interop.Unmanaged;
import org.teavm.runtime.GC;
import org.teavm.runtime.Mutator;
import org.teavm.runtime.RuntimeObject;
import org.teavm.runtime.RuntimeReference;

/**
 * Garbage-collector code compiled into the canister (never run on the JVM), the runtime half of
 * {@link HeapGrowthTransformer}: TeaVM 0.13.1's {@code GC} methods named below call these instead of their own
 * bodies, and the {@code native} methods at the end get bodies that call TeaVM's own (private) collector methods.
 * Nothing here allocates or calls managed code.
 *
 * <h2>Static roots</h2>
 * TeaVM's Wasm class generator writes the table of static reference fields as an 8-byte count followed by 4-byte
 * field addresses, but {@code GC.markFromStaticFields} and {@code GC.updatePointersFromStaticRoots} step over the
 * count by {@code Address.sizeOf()}, 4 bytes. They therefore take the count's high word (0) for the first field and
 * never reach the last one: the object in the last static reference field of the program was never marked, so the
 * first collection freed it (and relocation did not update the field). {@link #markFromStaticFields()} and
 * {@link #updatePointersFromStaticRoots()} read the table as it is written.
 *
 * <h2>Mark queue overflow</h2>
 * TeaVM marks breadth-first through a ring buffer in the collector's storage area, {@code heapSize / 16} bytes: room
 * for {@code heapSize / 64} objects. An array of n references queues all its unmarked elements at once, and
 * breadth-first order queues every element of every list before any element is scanned, so live data made of many
 * small objects (at the 1 MiB minimum heap: more than 16383 of them, e.g. a few lists of boxed values) fills the ring,
 * and {@code MarkQueue.enqueue} reported out-of-memory before the collector could decide to grow the heap. Here an
 * object that does not fit is left unmarked and the overflow is remembered; when marking ends, the heap is walked and
 * every marked object (in a young collection also every old one) is scanned again, queueing the children that were
 * left out, until a pass ends without overflow. A pass with an overflow marks at least a queue's worth of new
 * objects and a heap holds at most {@code heapSize / 8} objects, so there are at most about eight passes.
 */
@Unmanaged
final class HeapGrowthRuntime {
    /** Bytes of the count before the first field address in TeaVM's table of static roots (a {@code long}). */
    private static final int STATIC_ROOTS_HEADER = 8;

    private static boolean overflowed;
    private static boolean rescanning;

    private HeapGrowthRuntime() {
    }

    /** Replaces {@code GC.markFromStaticFields()}. */
    static void markFromStaticFields() {
        Address table = Mutator.getStaticGCRoots();
        int count = (int) table.getLong();
        Address root = table.add(STATIC_ROOTS_HEADER);
        for (int i = 0; i < count; i++) {
            RuntimeObject object = root.getAddress().getAddress().toStructure();
            if (object != null) {
                markRoot(object);
            }
            root = root.add(Address.sizeOf());
        }
    }

    /** Replaces {@code GC.updatePointersFromStaticRoots()}. */
    static void updatePointersFromStaticRoots() {
        Address table = Mutator.getStaticGCRoots();
        int count = (int) table.getLong();
        Address root = table.add(STATIC_ROOTS_HEADER);
        for (int i = 0; i < count; i++) {
            Address field = root.getAddress();
            field.putAddress(updatePointer(field.getAddress()));
            root = root.add(Address.sizeOf());
        }
    }

    /** Replaces {@code GC.mark()}. */
    static void mark() {
        overflowed = false;
        originalMark();
        while (overflowed) {
            overflowed = false;
            rescan();
        }
    }

    /** Replaces {@code GC.doEnqueueMark(RuntimeObject)}: marks and queues only if there is room. */
    static void doEnqueueMark(RuntimeObject object) {
        int next = markQueueTail() + 1;
        if (next >= markQueueLimit()) {
            next = 0;
        }
        if (next == markQueueHead()) {
            overflowed = true;
            return;
        }
        originalDoEnqueueMark(object);
    }

    /**
     * Replaces {@code GC.markWeakReference(RuntimeReference)}. A reference that {@link #rescan()} scans again was
     * scanned before and is already in the collector's list of weak references (linked through {@code next});
     * linking it again could make that list a cycle, so only its strong links are queued again.
     */
    static boolean markWeakReference(RuntimeReference reference) {
        if (!rescanning) {
            return originalMarkWeakReference(reference);
        }
        if (reference.queue != null) {
            enqueueMark(reference.queue);
            if (reference.next != null && reference.object != null) {
                enqueueMark(reference.object);
            }
        }
        if (reference.next != null) {
            enqueueMark(reference.next);
        }
        return true;
    }

    private static void rescan() {
        Address address = GC.heapAddress();
        Address end = address.add(GC.availableBytes());
        while (address.isLessThan(end)) {
            RuntimeObject object = address.toStructure();
            int size = objectSize(object);
            if (object.classReference != 0 && isMarked(object)) {
                initMarkQueue();
                rescanning = true;
                markObjectData(object);
                rescanning = false;
                doProcessMarkQueue();
            }
            address = address.add(size);
        }
    }

    // Bodies given by HeapGrowthTransformer: calls of TeaVM's collector (GC, MarkQueue).

    /** {@code GC.mark()} as TeaVM wrote it. */
    private static native void originalMark();

    /** {@code GC.doEnqueueMark(RuntimeObject)} as TeaVM wrote it. */
    private static native void originalDoEnqueueMark(RuntimeObject object);

    /** {@code GC.markWeakReference(RuntimeReference)} as TeaVM wrote it. */
    private static native boolean originalMarkWeakReference(RuntimeReference reference);

    /** {@code GC.mark(RuntimeObject)}: marks a root and everything reachable from it. */
    private static native void markRoot(RuntimeObject object);

    /** {@code GC.updatePointer(Address)}: where the object at this address is after relocation. */
    private static native Address updatePointer(Address address);

    /** {@code GC.enqueueMark(RuntimeObject)}. */
    private static native boolean enqueueMark(RuntimeObject object);

    /** {@code GC.isMarked(RuntimeObject)}. */
    private static native boolean isMarked(RuntimeObject object);

    /** {@code GC.markObjectData(RuntimeObject)}: queues the object's unmarked references. */
    private static native boolean markObjectData(RuntimeObject object);

    /** {@code GC.doProcessMarkQueue()}. */
    private static native void doProcessMarkQueue();

    /** {@code GC.objectSize(FreeChunk)}: the size of the object or free chunk at this address. */
    private static native int objectSize(RuntimeObject object);

    /** {@code MarkQueue.init()}. */
    private static native void initMarkQueue();

    /** {@code MarkQueue.head}. */
    private static native int markQueueHead();

    /** {@code MarkQueue.tail}. */
    private static native int markQueueTail();

    /** {@code MarkQueue.limit}. */
    private static native int markQueueLimit();
}
