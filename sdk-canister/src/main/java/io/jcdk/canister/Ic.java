package io.jcdk.canister;

import io.jcdk.canister.ic0.Ic0;
import io.jcdk.canister.internal.jdk.Utf8Bytes;
import org.teavm.interop.Address;

/**
 * The System API for canister code: who called, what time it is, printing, trapping, replying and stable memory.
 *
 * <p>Buffers are passed to {@code ic0} by their linear-memory address. TeaVM's collector moves objects, so an
 * address is taken right before the call and nothing is allocated between the two.
 */
public final class Ic {
    /** Size of a Wasm (and stable-memory) page. */
    public static final int PAGE_SIZE = 65536;

    private Ic() {
    }

    /** The raw (Candid) bytes of the current message's argument. */
    public static byte[] argData() {
        // msg_arg_data_copy writes every byte
        byte[] data = io.jcdk.canister.internal.Mem.uninitializedBytes(Ic0.msg_arg_data_size());
        Ic0.msg_arg_data_copy(address(data, 0), 0, data.length);
        return data;
    }

    /** The principal that sent the current message (the anonymous principal for unauthenticated callers). */
    public static Principal caller() {
        byte[] data = new byte[Ic0.msg_caller_size()];
        Ic0.msg_caller_copy(address(data, 0), 0, data.length);
        return Principal.fromBytes(data);
    }

    /** This canister's own principal. */
    public static Principal id() {
        byte[] data = new byte[Ic0.canister_self_size()];
        Ic0.canister_self_copy(address(data, 0), 0, data.length);
        return Principal.fromBytes(data);
    }

    /** The IC's time in nanoseconds since 1970-01-01; constant within one message. */
    public static long time() {
        return Ic0.time();
    }

    /** How many times this canister's code has been installed, reinstalled or upgraded, plus its other changes. */
    public static long canisterVersion() {
        return Ic0.canister_version();
    }

    /** Instructions this message has executed so far ({@code performance_counter(0)}). */
    public static long instructionCounter() {
        return Ic0.performance_counter(0);
    }

    /** Whether {@code principal} is a controller of this canister. */
    public static boolean isController(Principal principal) {
        byte[] data = principal.toBytes();
        return Ic0.is_controller(address(data, 0), data.length) != 0;
    }

    /** Writes a line to the replica's debug log ({@code ic0.debug_print}); nothing on the IC's mainnet. */
    public static void print(String message) {
        byte[] data = Utf8Bytes.utf8(message);
        Ic0.debug_print(address(data, 0), data.length);
    }

    /**
     * Stops the current message: every change it made is rolled back and the caller gets a reject carrying the
     * message. Never returns; declared to return an exception so that callers can write {@code throw Ic.trap(..)}.
     */
    public static RuntimeException trap(String message) {
        byte[] data = Utf8Bytes.utf8(message);
        Ic0.trap(address(data, 0), data.length);
        return new IllegalStateException("ic0.trap returned");
    }

    /** Replies to the current message with these (Candid) bytes. */
    public static void reply(byte[] data) {
        reply(data, data.length);
    }

    /** Replies with the first {@code length} bytes of {@code data} (no copy of them is made). */
    public static void reply(byte[] data, int length) {
        checkRange(data, 0, length);
        Ic0.msg_reply_data_append(address(data, 0), length);
        Ic0.msg_reply();
    }

    /**
     * Appends {@code data[offset .. offset + length)} to the reply being built, without a copy; {@link #replySend}
     * sends it. For a reply in pieces: each append costs the IC's fixed 500 instructions, a copy into one buffer
     * costs about two per byte.
     */
    public static void replyAppend(byte[] data, int offset, int length) {
        checkRange(data, offset, length);
        Ic0.msg_reply_data_append(address(data, offset), length);
    }

    /** Sends the reply that {@link #replyAppend} built (an empty one if nothing was appended). */
    public static void replySend() {
        Ic0.msg_reply();
    }

    /** Rejects the current message with a message (reject code CANISTER_REJECT); state changes still commit. */
    public static void reject(String message) {
        byte[] data = Utf8Bytes.utf8(message);
        Ic0.msg_reject(address(data, 0), data.length);
    }

    /** Size of stable memory in 64 KiB pages. */
    public static long stableSize() {
        return Ic0.stable64_size();
    }

    /** Grows stable memory by {@code pages}; returns the previous size in pages, or -1 if it cannot grow. */
    public static long stableGrow(long pages) {
        return Ic0.stable64_grow(pages);
    }

    /** Grows stable memory, if needed, so that it holds at least {@code bytes} bytes; traps if it cannot. */
    public static void stableEnsureCapacity(long bytes) {
        long pages = (bytes + PAGE_SIZE - 1) / PAGE_SIZE;
        long have = Ic0.stable64_size();
        if (pages > have && Ic0.stable64_grow(pages - have) < 0) {
            throw trap("stable memory cannot grow to " + pages + " pages");
        }
    }

    /** Copies stable memory from {@code offset} into all of {@code dst}. */
    public static void stableRead(long offset, byte[] dst) {
        stableRead(offset, dst, 0, dst.length);
    }

    /** Copies {@code length} bytes of stable memory from {@code offset} into {@code dst} at {@code dstOffset}. */
    public static void stableRead(long offset, byte[] dst, int dstOffset, int length) {
        checkRange(dst, dstOffset, length);
        Ic0.stable64_read(address(dst, dstOffset), offset, length);
    }

    /** Copies all of {@code src} into stable memory at {@code offset}; the memory must be large enough. */
    public static void stableWrite(long offset, byte[] src) {
        stableWrite(offset, src, 0, src.length);
    }

    /** Copies {@code length} bytes of {@code src} from {@code srcOffset} into stable memory at {@code offset}. */
    public static void stableWrite(long offset, byte[] src, int srcOffset, int length) {
        checkRange(src, srcOffset, length);
        Ic0.stable64_write(offset, address(src, srcOffset), length);
    }

    // synchronized: TeaVM never inlines it, so the message's concatenation exists once
    private static synchronized IndexOutOfBoundsException outOfRange(int offset, int length, int arrayLength) {
        return new IndexOutOfBoundsException("range [" + offset + ", " + offset + " + " + length
                + ") is outside an array of length " + arrayLength);
    }

    private static void checkRange(byte[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset > array.length - length) {
            throw outOfRange(offset, length, array.length);
        }
    }

    /** Linear-memory address of {@code data[index]}; valid only until the next allocation. */
    private static int address(byte[] data, int index) {
        return Address.ofData(data).add(index).toInt();
    }
}
