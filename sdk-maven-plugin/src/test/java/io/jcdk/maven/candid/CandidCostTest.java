package io.jcdk.maven.candid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.IdlFieldValue;
import io.jcdk.candid.IdlType;
import io.jcdk.candid.IdlValue;
import io.jcdk.canister.Principal;
import io.jcdk.maven.CanisterPackager;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Instructions per byte of the codec inside Wasm, measured by the runtime's metering ({@link CallResult#instructions})
 * as the difference to a call that only reads the argument. Prints a table (see BENCHMARKS.md, "## Candid").
 */
class CandidCostTest {
    static IdlValue record(int i) {
        return IdlValue.record(IdlFieldValue.named("id", IdlValue.nat64(1_000_000L + i)),
                IdlFieldValue.named("name", IdlValue.text("user-" + i)),
                IdlFieldValue.named("active", IdlValue.bool(i % 2 == 0)),
                IdlFieldValue.named("balance", IdlValue.int_(BigInteger.valueOf(i * 1_000_003L - 77))),
                IdlFieldValue.named("owner", IdlValue.principal(Principal.fromText("aaaaa-aa"))));
    }

    @Test
    void instructionsPerByte() throws Exception {
        byte[] module = CanisterPackager.finish(CandidWasm.compile(CandidCostFixture.class), "service : {}");
        Replica replica = Replica.inMemory();
        CallResult installed = replica.install("cost", module, CandidWasm.NO_ARGS, InstallMode.INSTALL);
        assertTrue(installed.isReply(), installed::describeReject);

        List<IdlValue> recs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            recs.add(record(i));
        }
        byte[] blob = new byte[1 << 20];
        new java.util.Random(1).nextBytes(blob);
        StringBuilder ascii = new StringBuilder();
        while (ascii.length() < (1 << 20)) {
            ascii.append("The quick brown fox jumps over the lazy dog. ");
        }
        StringBuilder mixed = new StringBuilder();
        while (mixed.length() < (1 << 19)) {
            mixed.append("héllo wörld ☃ 中文 🐂 ");
        }
        Object[][] cases = {
            {"record5", "record with five fields", CandidCostFixture.R5, List.of(record(7))},
            {"vec", "vec of 10,000 such records", CandidCostFixture.VEC, List.of(IdlValue.vec(recs))},
            {"blob", "1 MiB blob", CandidCostFixture.BLOB, List.of(IdlValue.blob(blob))},
            {"text", "1 MiB ASCII text", CandidCostFixture.TEXT, List.of(IdlValue.text(ascii.toString()))},
            {"text", "text of mixed 1- to 4-byte UTF-8", CandidCostFixture.TEXT, List.of(IdlValue.text(mixed.toString()))},
        };
        System.out.println("| message | bytes | decode: instructions | per byte | encode: instructions | per byte |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            List<IdlType> types = (List<IdlType>) c[2];
            @SuppressWarnings("unchecked")
            List<IdlValue> values = (List<IdlValue>) c[3];
            byte[] msg = CandidEncoder.encodeArgs(types, values);
            long base = run(replica, "baseline", msg);
            long dec = run(replica, "decode_" + c[0], msg) - base;
            run(replica, "keep_" + c[0], msg);
            long encBase = run(replica, "baseline", CandidWasm.NO_ARGS);
            long enc = run(replica, "encode_" + c[0], CandidWasm.NO_ARGS) - encBase;
            System.out.printf("| %s | %d | %d | %.1f | %d | %.1f |%n", c[1], msg.length, dec,
                    (double) dec / msg.length, enc, (double) enc / msg.length);
        }
    }

    private static long run(Replica replica, String method, byte[] arg) {
        CallResult r = replica.update("cost", method, arg);
        assertTrue(r.isReply(), r::describeReject);
        return r.instructions();
    }
}
