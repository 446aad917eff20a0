package io.jcdk.runtime.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.runtime.testing.TestCanisters;
import io.jcdk.runtime.testing.WasmBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ModuleValidatorTest {
    private static List<String> problems(WasmBuilder b) {
        return ModuleValidator.validate(b.build());
    }

    private static void assertOneProblem(List<String> problems, String... fragments) {
        assertEquals(1, problems.size(), problems::toString);
        for (String f : fragments) {
            assertTrue(problems.get(0).contains(f), problems.get(0) + " should contain " + f);
        }
    }

    @Test
    void counterIsValidPlainAndGzipped() throws IOException {
        byte[] wasm = TestCanisters.counter();
        assertEquals(List.of(), ModuleValidator.validate(wasm));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(wasm);
        }
        assertEquals(List.of(), ModuleValidator.validate(gz.toByteArray()));
        CanisterModule m = CanisterModule.load(gz.toByteArray());
        assertEquals(MethodKind.UPDATE, m.method("inc").orElseThrow());
        assertEquals(MethodKind.QUERY, m.method("get").orElseThrow());
        assertTrue(m.exports("canister_init"));
    }

    @Test
    void notWasm() {
        assertOneProblem(ModuleValidator.validate("hello".getBytes()), "not a WebAssembly module", "68 65 6c 6c");
        assertOneProblem(ModuleValidator.validate(new byte[0]), "empty");
        assertOneProblem(ModuleValidator.validate(new byte[] {0x1f, (byte) 0x8b, 0x08, 0, 0}), "gzip");
        assertOneProblem(ModuleValidator.validate(new byte[] {0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 100}),
                "invalid WebAssembly module");
    }

    @Test
    void importsMustBeIc0FunctionsWithSpecSignatures() {
        WasmBuilder env = new WasmBuilder();
        env.importFunction("env", "print", new int[] {WasmBuilder.I32}, new int[0]);
        assertOneProblem(problems(env), "env.print", "ic0");

        WasmBuilder unknown = new WasmBuilder();
        unknown.importFunction("ic0", "msg_frobnicate", new int[0], new int[0]);
        assertOneProblem(problems(unknown), "ic0.msg_frobnicate", "not a System API function");

        WasmBuilder wrong = new WasmBuilder();
        wrong.importFunction("ic0", "msg_reply", new int[] {WasmBuilder.I32}, new int[0]);
        assertOneProblem(problems(wrong), "ic0.msg_reply", "(i32) -> ()", "() -> ()");

        WasmBuilder memory = new WasmBuilder();
        memory.importMemory("env", "memory");
        assertOneProblem(problems(memory), "env.memory", "memory");
    }

    @Test
    void canisterExportsMustBeSpecEntryPoints() {
        WasmBuilder b = new WasmBuilder();
        b.function("canister_frob", c -> { });
        b.function("canister_update m", c -> { });
        b.function("canister_query m", c -> { });
        b.function("canister_query f", new int[] {WasmBuilder.I32}, new int[0], c -> { });
        b.function("something_else", c -> { });
        List<String> p = problems(b);
        assertEquals(3, p.size(), p::toString);
        assertTrue(p.get(0).contains("canister_frob"), p.get(0));
        assertTrue(p.get(1).contains("\"m\" is exported twice"), p.get(1));
        assertTrue(p.get(2).contains("canister_query f") && p.get(2).contains("() -> ()"), p.get(2));
    }

    @Test
    void icpCustomSections() {
        WasmBuilder b = new WasmBuilder();
        b.custom("icp:public candid:service", "service : {}".getBytes(StandardCharsets.UTF_8));
        b.custom("icp:secret x", new byte[0]);
        b.custom("icp:private candid:service", new byte[0]);
        b.custom("other", new byte[0]);
        List<String> p = problems(b);
        assertEquals(2, p.size(), p::toString);
        assertTrue(p.get(0).contains("icp:secret x"), p.get(0));
        assertTrue(p.get(1).contains("candid:service") && p.get(1).contains("more than once"), p.get(1));

        byte[] ok = TestCanisters.counter(TestCanisters.Options.plain().withCandid("service : { inc : () -> (nat64) }"));
        assertEquals("service : { inc : () -> (nat64) }", ModuleValidator.candidService(ok).orElseThrow());
        assertTrue(ModuleValidator.customSection(ok, "icp:public candid:service").isPresent());
        assertTrue(ModuleValidator.customSection(ok, "icp:public nothing").isEmpty());
    }
}
