package io.jcdk.runtime.exec;

import com.dylibso.chicory.runtime.Memory;
import io.jcdk.canister.Principal;
import io.jcdk.runtime.memory.StableMemory;
import io.jcdk.runtime.meter.Meter;
import io.jcdk.spec.Ic0Function;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The implementations of the System API functions that JCDK supports, for one Wasm instance. The table of host
 * functions ({@link Ic0HostFunctions}) is built from the spec list; it looks implementations up here by name.
 */
public final class SystemApi {
    /** One System API function body; args and results as Chicory passes them (i32 in the low 32 bits). */
    @FunctionalInterface
    interface Impl {
        long[] call(SystemApi api, long[] args);
    }

    private static final long[] NONE = new long[0];
    private static final Map<String, Impl> IMPLS = implementations();
    /** Local time ends up in logs; keep one debug_print line bounded like the IC does. */
    static final int MAX_DEBUG_PRINT = 64 * 1024;

    private final CanisterMetadata metadata;
    private final StableMemory stable;
    private final Consumer<String> debugSink;
    private Memory memory;
    private MessageExecution execution;
    private Meter meter;

    public SystemApi(CanisterMetadata metadata, StableMemory stable, Consumer<String> debugSink) {
        this.metadata = metadata;
        this.stable = stable;
        this.debugSink = debugSink;
    }

    static Impl implementation(String name) {
        return IMPLS.get(name);
    }

    void attachMeter(Meter meter) {
        this.meter = meter;
    }

    void attachMemory(Memory memory) {
        this.memory = memory;
    }

    public void setExecution(MessageExecution execution) {
        this.execution = execution;
        if (execution != null) {
            // The IC's canister log and stable-memory dirty-page map start empty for every message execution.
            logBytes = 0;
            stableWritten.clear();
        }
    }

    /** Bytes of this execution's canister log that debug_print used (for the IC's logging charge). */
    private long logBytes;
    /** The 4 KiB stable-memory pages this execution wrote (for the IC's dirty-page charge). */
    private final java.util.BitSet stableWritten = new java.util.BitSet();

    public MessageExecution execution() {
        return execution;
    }

    public StableMemory stable() {
        return stable;
    }

    /**
     * Checks, before every System API call, that the spec allows it in the current context, and charges what the IC
     * charges for it ({@link Ic0Costs}).
     *
     * @param i32 which parameters are i32 (their values are read as unsigned 32-bit)
     */
    void enter(Ic0Function f, Ic0Costs.Cost cost, boolean[] i32, long[] args) {
        if (execution == null) {
            throw CanisterTrap.of("ic0." + f.name() + " was called outside of any message execution");
        }
        if (!f.allowedIn(execution.context())) {
            throw CanisterTrap.of("ic0." + f.name() + " cannot be called from " + execution.context().description()
                    + " (context " + execution.context().code() + ")");
        }
        if (meter != null) {
            long size = cost.size(args, i32);
            long charge = add(cost.overhead(), cost.perByte() == 0 ? 0
                    : size > Long.MAX_VALUE / cost.perByte() ? Long.MAX_VALUE : cost.perByte() * size);
            if (cost.extra() == Ic0Costs.Extra.LOG) {
                charge = add(charge, Ic0Costs.logCharge(size, logBytes));
                logBytes = Math.min(Ic0Costs.LOG_CAPACITY, add(logBytes, add(Ic0Costs.LOG_RECORD_OVERHEAD, size)));
            }
            charge(f.name(), charge);
        }
    }

    private void charge(String function, long instructions) {
        meter.chargeSystemApi(function, instructions);
        if (meter.exceeded()) {
            throw CanisterTrap.limitExceeded(meter.budget());
        }
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /**
     * The IC's charge for the stable-memory pages (4 KiB) of a non-empty, in-bounds write that this execution had not
     * written yet: {@link Ic0Costs#DIRTY_PAGE_OVERHEAD} each, charged to {@code function}.
     */
    void chargeStableWrite(String function, long offset, long size) {
        int first = (int) (offset >>> Ic0Costs.OS_PAGE_SHIFT);
        int end = (int) ((offset + size - 1) >>> Ic0Costs.OS_PAGE_SHIFT) + 1;
        int clean = (end - first) - stableWritten.get(first, end).cardinality();
        stableWritten.set(first, end);
        if (meter != null && clean > 0) {
            charge(function, clean * Ic0Costs.DIRTY_PAGE_OVERHEAD);
        }
    }

    private static Map<String, Impl> implementations() {
        Map<String, Impl> m = new HashMap<>();
        m.put("msg_arg_data_size", (api, a) -> i32(api.execution.arg().length));
        m.put("msg_arg_data_copy", (api, a) -> api.copyOut("msg_arg_data_copy", a, api.execution.arg()));
        m.put("msg_caller_size", (api, a) -> i32(api.execution.caller().toBytes().length));
        m.put("msg_caller_copy", (api, a) -> api.copyOut("msg_caller_copy", a, api.execution.caller().toBytes()));
        // Only canister-signature principals carry caller info; local callers never do.
        m.put("msg_caller_info_data_size", (api, a) -> i32(0));
        m.put("msg_caller_info_data_copy", (api, a) -> api.copyOut("msg_caller_info_data_copy", a, new byte[0]));
        m.put("msg_caller_info_signer_size", (api, a) -> i32(0));
        m.put("msg_caller_info_signer_copy",
                (api, a) -> api.copyOut("msg_caller_info_signer_copy", a, new byte[0]));
        m.put("msg_reject_code", (api, a) -> i32(api.execution.incomingRejectCode()));
        m.put("msg_reject_msg_size", (api, a) -> i32(utf8(api.execution.incomingRejectMessage()).length));
        m.put("msg_reject_msg_copy",
                (api, a) -> api.copyOut("msg_reject_msg_copy", a, utf8(api.execution.incomingRejectMessage())));
        m.put("msg_deadline", (api, a) -> i64(api.execution.deadline()));
        m.put("msg_reply_data_append", (api, a) -> {
            api.execution.appendReply(api.readIn("msg_reply_data_append", a[0], a[1]));
            return NONE;
        });
        m.put("msg_reply", (api, a) -> {
            api.execution.reply();
            return NONE;
        });
        m.put("msg_reject", (api, a) -> {
            byte[] bytes = api.readIn("msg_reject", a[0], a[1]);
            api.execution.reject(strictUtf8("msg_reject", bytes));
            return NONE;
        });
        m.put("msg_method_name_size", (api, a) -> i32(utf8(api.execution.methodName()).length));
        m.put("msg_method_name_copy",
                (api, a) -> api.copyOut("msg_method_name_copy", a, utf8(api.execution.methodName())));
        m.put("accept_message", (api, a) -> {
            api.execution.acceptMessage();
            return NONE;
        });
        m.put("canister_self_size", (api, a) -> i32(api.metadata.id().toBytes().length));
        m.put("canister_self_copy", (api, a) -> api.copyOut("canister_self_copy", a, api.metadata.id().toBytes()));
        m.put("subnet_self_size", (api, a) -> i32(LocalSubnet.SUBNET_ID.toBytes().length));
        m.put("subnet_self_copy", (api, a) -> api.copyOut("subnet_self_copy", a, LocalSubnet.SUBNET_ID.toBytes()));
        m.put("canister_status", (api, a) -> i32(api.metadata.status()));
        m.put("canister_version", (api, a) -> i64(api.metadata.version()));
        m.put("time", (api, a) -> i64(api.execution.time()));
        m.put("global_timer_set", (api, a) -> {
            long previous = api.metadata.globalTimer();
            api.metadata.setGlobalTimer(a[0]);
            return i64(previous);
        });
        m.put("performance_counter", (api, a) -> {
            int type = (int) a[0];
            long used = api.meter == null ? 0 : api.meter.used();
            return switch (type) {
                case 0 -> i64(used);
                case 1 -> i64(api.execution.contextInstructionsBefore() + used);
                default -> throw CanisterTrap.of("ic0.performance_counter: unknown counter type " + type);
            };
        });
        m.put("is_controller", (api, a) -> {
            byte[] bytes = api.readIn("is_controller", a[0], a[1]);
            Principal p;
            try {
                p = Principal.fromBytes(bytes);
            } catch (IllegalArgumentException e) {
                throw CanisterTrap.of("ic0.is_controller: not a valid principal: " + e.getMessage());
            }
            return i32(api.metadata.controllers().contains(p) ? 1 : 0);
        });
        m.put("in_replicated_execution", (api, a) -> i32(api.execution.replicated() ? 1 : 0));
        m.put("certified_data_set", (api, a) -> {
            byte[] bytes = api.readIn("certified_data_set", a[0], a[1]);
            if (bytes.length > 32) {
                throw CanisterTrap.of("ic0.certified_data_set: " + bytes.length + " bytes, at most 32 are allowed");
            }
            api.metadata.setCertifiedData(bytes);
            return NONE;
        });
        m.put("data_certificate_present", (api, a) -> i32(api.execution.certificate() != null ? 1 : 0));
        m.put("data_certificate_size", (api, a) -> i32(api.certificate("data_certificate_size").length));
        m.put("data_certificate_copy",
                (api, a) -> api.copyOut("data_certificate_copy", a, api.certificate("data_certificate_copy")));
        m.put("root_key_size", (api, a) -> i32(LocalSubnet.rootKey().length));
        m.put("root_key_copy", (api, a) -> api.copyOut("root_key_copy", a, LocalSubnet.rootKey()));
        m.put("debug_print", (api, a) -> {
            api.debugPrint(a[0], a[1]);
            return NONE;
        });
        m.put("trap", (api, a) -> {
            throw CanisterTrap.explicit(api.trapMessage(a[0], a[1]));
        });
        StableApi.register(m);
        CallApi.register(m);
        CyclesApi.register(m);
        EnvironmentApi.register(m);
        return Map.copyOf(m);
    }

    private byte[] certificate(String fn) {
        byte[] c = execution.certificate();
        if (c == null) {
            throw CanisterTrap.of("ic0." + fn + ": no data certificate is present (ic0.data_certificate_present "
                    + "returns 0)");
        }
        return c;
    }

    CanisterMetadata metadata() {
        return metadata;
    }

    // ---- helpers shared by the implementations ----

    static long[] i32(int v) {
        return new long[] {v};
    }

    static long[] i64(long v) {
        return new long[] {v};
    }

    static long u32(long arg) {
        return arg & 0xFFFF_FFFFL;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    long memorySize() {
        return memory == null ? 0 : (long) memory.pages() * Memory.PAGE_SIZE;
    }

    Memory memory() {
        return memory;
    }

    /** (dst, offset, size) copy of a blob into Wasm memory with the spec's two bounds checks. */
    long[] copyOut(String fn, long[] a, byte[] blob) {
        long dst = u32(a[0]);
        long offset = u32(a[1]);
        long size = u32(a[2]);
        if (offset + size > blob.length) {
            throw CanisterTrap.of("ic0." + fn + ": offset " + offset + " + size " + size + " exceeds the "
                    + blob.length + " bytes available");
        }
        checkHeap(fn, dst, size);
        if (size > 0) {
            memory.write((int) dst, blob, (int) offset, (int) size);
        }
        return NONE;
    }

    void checkHeap(String fn, long address, long size) {
        if (address + size > memorySize() || address + size < address) {
            throw CanisterTrap.of("ic0." + fn + ": range " + address + " + " + size + " exceeds the Wasm memory of "
                    + memorySize() + " bytes");
        }
    }

    /** Reads (src, size) from Wasm memory, trapping when it is out of bounds. */
    byte[] readIn(String fn, long src32, long size32) {
        long src = u32(src32);
        long size = u32(size32);
        checkHeap(fn, src, size);
        return size == 0 ? new byte[0] : memory.readBytes((int) src, (int) size);
    }

    long[] writeU128(String fn, long dst32, BigInteger value) {
        long dst = u32(dst32);
        checkHeap(fn, dst, 16);
        byte[] le = new byte[16];
        byte[] be = value.toByteArray();
        for (int i = 0; i < Math.min(16, be.length); i++) {
            le[i] = be[be.length - 1 - i];
        }
        memory.write((int) dst, le, 0, 16);
        return NONE;
    }

    private void debugPrint(long src32, long size32) {
        long src = u32(src32);
        long size = u32(size32);
        String text;
        if (src + size > memorySize()) {
            // The spec: debug_print never traps; system-generated data replaces what cannot be read.
            text = "(debug_print: message of " + size + " bytes at " + src + " is outside the Wasm memory)";
        } else {
            int n = (int) Math.min(size, MAX_DEBUG_PRINT);
            text = new String(memory.readBytes((int) src, n), StandardCharsets.UTF_8);
        }
        execution.debugPrint(text);
        debugSink.accept(text);
    }

    private String trapMessage(long src32, long size32) {
        long src = u32(src32);
        long size = u32(size32);
        if (src + size > memorySize()) {
            return "(trap message of " + size + " bytes at " + src + " is outside the Wasm memory)";
        }
        byte[] bytes = memory.readBytes((int) src, (int) Math.min(size, MAX_DEBUG_PRINT));
        // The IC omits bytes that are not valid UTF-8.
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.IGNORE)
                    .onUnmappableCharacter(CodingErrorAction.IGNORE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a decoder that ignores errors reported one", e);
        }
    }

    static String strictUtf8(String fn, byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw CanisterTrap.of("ic0." + fn + ": the message is not valid UTF-8");
        }
    }
}
