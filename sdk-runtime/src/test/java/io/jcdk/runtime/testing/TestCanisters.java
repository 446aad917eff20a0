package io.jcdk.runtime.testing;

import java.nio.charset.StandardCharsets;

/** Hand-assembled test canisters: a counter with heap, global and stable state, and misbehaving methods. */
public final class TestCanisters {
    private TestCanisters() {}

    /** Variants of the counter canister. */
    public record Options(String marker, boolean trapInPreUpgrade, boolean trapInPostUpgrade, String candid) {
        public static Options plain() {
            return new Options("v1", false, false, null);
        }

        public Options withMarker(String m) {
            return new Options(m, trapInPreUpgrade, trapInPostUpgrade, candid);
        }

        public Options trappingPreUpgrade() {
            return new Options(marker, true, trapInPostUpgrade, candid);
        }

        public Options trappingPostUpgrade() {
            return new Options(marker, trapInPreUpgrade, true, candid);
        }

        public Options withCandid(String did) {
            return new Options(marker, trapInPreUpgrade, trapInPostUpgrade, did);
        }
    }

    public static byte[] counter() {
        return counter(Options.plain());
    }

    // Memory layout: 0 counter (i64), 8 init-arg size (i32), 16.. init arg, 64 scratch, 200.. strings, 1024 buffers.
    public static byte[] counter(Options o) {
        WasmBuilder b = new WasmBuilder();
        int append = b.importIc0("msg_reply_data_append");
        int reply = b.importIc0("msg_reply");
        int reject = b.importIc0("msg_reject");
        int argSize = b.importIc0("msg_arg_data_size");
        int argCopy = b.importIc0("msg_arg_data_copy");
        int callerSize = b.importIc0("msg_caller_size");
        int callerCopy = b.importIc0("msg_caller_copy");
        int trap = b.importIc0("trap");
        int print = b.importIc0("debug_print");
        int sGrow = b.importIc0("stable64_grow");
        int sWrite = b.importIc0("stable64_write");
        int sRead = b.importIc0("stable64_read");
        int time = b.importIc0("time");
        int accept = b.importIc0("accept_message");
        int callNew = b.importIc0("call_new");
        int version = b.importIc0("canister_version");
        b.memory(1, 64);
        int g = b.mutableGlobal(WasmBuilder.I64, 0);
        b.data(200, "boom").data(210, "nope").data(220, "hello").data(240, o.marker());

        b.function("canister_init", c -> {
            c.i32(8).call(argSize).i32Store(0);
            c.i32(16).i32(0).call(argSize).call(argCopy);
            c.i32(220).i32(5).call(print);
        });
        b.function("canister_update inc", c -> {
            inc(c, g);
            c.i32(0).i32(8).call(append).call(reply);
        });
        b.function("canister_query get", c -> c.i32(0).i32(8).call(append).call(reply));
        b.function("canister_query get_global", c -> {
            c.i32(32).globalGet(g).i64Store(0);
            c.i32(32).i32(8).call(append).call(reply);
        });
        b.function("canister_query get_init_arg", c -> c.i32(16).i32(8).i32Load(0).call(append).call(reply));
        b.function("canister_query marker", c -> c.i32(240).i32(o.marker().length()).call(append).call(reply));
        b.function("canister_update inc_trap", c -> {
            inc(c, g);
            c.i64(1).call(sGrow).drop();
            c.i64(0).i64(0).i64(8).call(sWrite);
            c.i32(0).i32(8).call(append);
            c.i32(220).i32(5).call(print);
            c.i32(200).i32(4).call(trap);
        });
        b.function("canister_update inc_noreply", c -> inc(c, g));
        b.function("canister_update inc_reject", c -> {
            inc(c, g);
            c.i32(210).i32(4).call(reject);
        });
        b.function("canister_update double_reply", c -> {
            inc(c, g);
            c.call(reply).call(reply);
        });
        b.function("canister_query query_inc", c -> {
            inc(c, g);
            c.i32(0).i32(8).call(append).call(reply);
        });
        b.function("canister_update echo", c -> {
            c.i32(1024).i32(0).call(argSize).call(argCopy);
            c.i32(1024).call(argSize).call(append).call(reply);
        });
        b.function("canister_update caller", c -> {
            c.i32(1024).i32(0).call(callerSize).call(callerCopy);
            c.i32(1024).call(callerSize).call(append).call(reply);
        });
        b.function("canister_update arg_copy_oob", c -> c.i32(1024).i32(0).call(argSize).i32(1).i32Add().call(argCopy));
        b.function("canister_update div0", c -> c.i32(1).i32(0).i32DivU().drop());
        b.function("canister_update grow_then_trap", c -> {
            inc(c, g);
            c.i32(4).memoryGrow().drop();
            c.i32(200).i32(4).call(trap);
        });
        b.function("canister_update grow", c -> {
            c.i32(1).memoryGrow().drop();
            c.i32(65536 + 8).i64(77).i64Store(0);
            c.i32(0).i32(0).call(append).call(reply);
        });
        b.function("canister_query read_stable", c -> {
            c.i64(64).i64(0).i64(8).call(sRead);
            c.i32(64).i32(8).call(append).call(reply);
        });
        b.function("canister_query accept_in_query", c -> c.call(accept));
        b.function("canister_update unsupported", c -> c.i32(0).i32(0).i32(0).i32(0).i32(0).i32(0).i32(0).i32(0)
                .call(callNew));
        b.function("canister_query call_in_query", c -> c.i32(0).i32(0).i32(0).i32(0).i32(0).i32(0).i32(0).i32(0)
                .call(callNew));
        b.function("canister_update time", c -> {
            c.i32(64).call(time).i64Store(0);
            c.i32(64).i32(8).call(append).call(reply);
        });
        b.function("canister_query version", c -> {
            c.i32(64).call(version).i64Store(0);
            c.i32(64).i32(8).call(append).call(reply);
        });
        b.function("canister_pre_upgrade", c -> {
            c.i64(1).call(sGrow).drop();
            c.i64(0).i64(0).i64(8).call(sWrite);
            if (o.trapInPreUpgrade()) {
                c.i32(200).i32(4).call(trap);
            }
        });
        b.function("canister_post_upgrade", c -> {
            c.i64(0).i64(0).i64(8).call(sRead);
            if (o.trapInPostUpgrade()) {
                c.i32(200).i32(4).call(trap);
            }
        });
        if (o.candid() != null) {
            b.custom("icp:public candid:service", o.candid().getBytes(StandardCharsets.UTF_8));
        }
        return b.build();
    }

    /** heap[0] += 1 and global += 1. */
    private static void inc(WasmBuilder.Code c, int global) {
        c.i32(0).i32(0).i64Load(0).i64(1).i64Add().i64Store(0);
        c.globalGet(global).i64(1).i64Add().globalSet(global);
    }

    public static long le64(byte[] b) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v;
    }
}
