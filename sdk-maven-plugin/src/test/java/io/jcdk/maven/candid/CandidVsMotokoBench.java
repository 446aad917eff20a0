package io.jcdk.maven.candid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jcdk.candid.CandidDecoder;
import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.IdlType;
import io.jcdk.candid.IdlValue;
import io.jcdk.maven.CanisterPackager;
import io.jcdk.maven.teavm.TeaVmCompiler;
import io.jcdk.runtime.CallResult;
import io.jcdk.runtime.InstallMode;
import io.jcdk.runtime.Replica;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The codec of a processor-generated Java canister side by side with npm motoko 3.11.3, same method signatures, both
 * run on the bundled runtime in one run. {@code dec*} takes the value and returns its size (keeping the value),
 * {@code enc*} returns the kept value; figures are the difference to {@code baseline} (no argument, returns a nat64).
 * Run explicitly: {@code mvn -B test -pl sdk-maven-plugin -Dtest=CandidVsMotokoBench} (needs node and
 * {@code npm ci --prefix tools/npm}; skipped otherwise, unless JCDK_REQUIRE_TOOLS=1). Table in BENCHMARKS.md.
 */
class CandidVsMotokoBench {
    static final String JAVA = String.join("\n",
            "package bench;",
            "import io.jcdk.annotations.*;",
            "import io.jcdk.canister.Principal;",
            "import java.math.BigInteger;",
            "import java.util.List;",
            "@Canister",
            "public class Bench {",
            "    public record Rec(@Unsigned long id, String name, boolean active, BigInteger balance,"
                    + " Principal owner) {}",
            "    Rec rec; List<Rec> vec; byte[] blob; String text;",
            "    @Update @Unsigned long baseline() { return 0; }",
            "    @Update @Unsigned long decRecord(Rec r) { rec = r; return 5; }",
            "    @Update @Unsigned long decVec(List<Rec> v) { vec = v; return v.size(); }",
            "    @Update @Unsigned long decBlob(byte[] b) { blob = b; return b.length; }",
            "    @Update @Unsigned long decText(String t) { text = t; return t.codePointCount(0, t.length()); }",
            "    @Update Rec encRecord() { return rec; }",
            "    @Update List<Rec> encVec() { return vec; }",
            "    @Update byte[] encBlob() { return blob; }",
            "    @Update String encText() { return text; }",
            "}");
    static final String MOTOKO = String.join("\n",
            "import Nat64 \"mo:base/Nat64\";",
            "import Principal \"mo:base/Principal\";",
            "actor {",
            "  type Rec = { id : Nat64; name : Text; active : Bool; balance : Int; owner : Principal };",
            "  var rec : Rec = { id = 0; name = \"\"; active = false; balance = 0;"
                    + " owner = Principal.fromText(\"aaaaa-aa\") };",
            "  var vec : [Rec] = [];",
            "  var blob : Blob = \"\";",
            "  var text : Text = \"\";",
            "  public func baseline() : async Nat64 { 0 };",
            "  public func decRecord(r : Rec) : async Nat64 { rec := r; 5 };",
            "  public func decVec(v : [Rec]) : async Nat64 { vec := v; Nat64.fromNat(v.size()) };",
            "  public func decBlob(b : Blob) : async Nat64 { blob := b; Nat64.fromNat(b.size()) };",
            "  public func decText(t : Text) : async Nat64 { text := t; Nat64.fromNat(t.size()) };",
            "  public func encRecord() : async Rec { rec };",
            "  public func encVec() : async [Rec] { vec };",
            "  public func encBlob() : async Blob { blob };",
            "  public func encText() : async Text { text };",
            "};");
    static final String COMPILE_JS = String.join("\n",
            "const path = require('path'); const fs = require('fs');",
            "const [modules, source, out] = process.argv.slice(2);",
            "const mo = require(path.join(modules, 'motoko'));",
            "mo.loadPackage(require(path.join(modules, 'motoko', 'packages', 'latest', 'base.json')));",
            "mo.write('Main.mo', fs.readFileSync(source, 'utf8'));",
            "const r = mo.wasm('Main.mo', 'ic');",
            "fs.writeFileSync(out, Buffer.from(r.wasm));");

    @Test
    void sideBySide() throws Exception {
        Path modules = Path.of("..", "tools", "npm", "node_modules").toAbsolutePath().normalize();
        boolean available = Files.isDirectory(modules.resolve("motoko"));
        if (!available && !"1".equals(System.getenv("JCDK_REQUIRE_TOOLS"))) {
            Assumptions.abort("npm motoko not installed in " + modules);
        }
        Replica replica = Replica.inMemory();
        CallResult j = replica.install("java", CanisterPackager.finish(javaModule(), "service : {}"),
                CandidWasm.NO_ARGS, InstallMode.INSTALL);
        assertTrue(j.isReply(), j::describeReject);
        CallResult m = replica.install("motoko", motokoModule(modules), CandidWasm.NO_ARGS, InstallMode.INSTALL);
        assertTrue(m.isReply(), m::describeReject);

        List<IdlValue> recs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            recs.add(CandidCostTest.record(i));
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
            {"Record", "record with five fields", CandidCostFixture.R5, List.of(CandidCostTest.record(7))},
            {"Vec", "vec of 10,000 such records", CandidCostFixture.VEC, List.of(IdlValue.vec(recs))},
            {"Blob", "1 MiB blob", CandidCostFixture.BLOB, List.of(IdlValue.blob(blob))},
            {"Text", "1 MiB ASCII text", CandidCostFixture.TEXT, List.of(IdlValue.text(ascii.toString()))},
            {"Text", "text of mixed 1- to 4-byte UTF-8", CandidCostFixture.TEXT,
                List.of(IdlValue.text(mixed.toString()))},
        };
        System.out.println("| message | bytes | decode Java | decode Motoko | encode Java | encode Motoko |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            List<IdlType> types = (List<IdlType>) c[2];
            @SuppressWarnings("unchecked")
            List<IdlValue> values = (List<IdlValue>) c[3];
            byte[] msg = CandidEncoder.encodeArgs(types, values);
            double[] perByte = new double[4];
            String[] canisters = {"java", "motoko"};
            for (int k = 0; k < 2; k++) {
                String can = canisters[k];
                // Each call twice, the second measured: a Java canister initialises a class (BigInteger, Principal)
                // on its first use, once per installation, which is not the codec's cost per message.
                run(replica, can, "baseline", CandidWasm.NO_ARGS);
                long base = run(replica, can, "baseline", CandidWasm.NO_ARGS).instructions();
                run(replica, can, "dec" + c[0], msg);
                long dec = run(replica, can, "dec" + c[0], msg).instructions() - base;
                run(replica, can, "enc" + c[0], CandidWasm.NO_ARGS);
                CallResult enc = run(replica, can, "enc" + c[0], CandidWasm.NO_ARGS);
                // Both sides must reply with the same value.
                assertEquals(values, CandidDecoder.decodeArgs(enc.reply(), types), can + " enc" + c[0]);
                perByte[k] = (double) dec / msg.length;
                perByte[2 + k] = (double) (enc.instructions() - base) / msg.length;
            }
            System.out.printf("| %s | %d | %s | %s | %s | %s |%n", c[1], msg.length, fmt(perByte[0]),
                    fmt(perByte[1]), fmt(perByte[2]), fmt(perByte[3]));
        }
    }

    private static String fmt(double perByte) {
        return perByte >= 10 ? String.format("%,.1f", perByte) : String.format("%.2f", perByte);
    }

    private static CallResult run(Replica replica, String canister, String method, byte[] arg) {
        CallResult r = replica.update(canister, method, arg);
        assertTrue(r.isReply(), () -> canister + " " + method + ": " + r.describeReject());
        return r;
    }

    /** Bench.java compiled with the annotation processor (sdk-processor's jar), then the real TeaVM pipeline. */
    static byte[] javaModule() throws Exception {
        return javaModule(JAVA, "bench.BenchExports");
    }

    static byte[] javaModule(String source, String exportsClass) throws Exception {
        return javaModule(source, exportsClass, TeaVmCompiler.Optimization.SPEED);
    }

    static byte[] javaModule(String source, String exportsClass, TeaVmCompiler.Optimization optimization)
            throws Exception {
        Path dir = Files.createTempDirectory("jcdk-bench-java");
        Path src = dir.resolve("src/bench/Bench.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String cp = System.getProperty("java.class.path");
        Path processorJar = Path.of("..", "sdk-processor", "target", "sdk-processor-0.1.0-SNAPSHOT.jar");
        Path javapoet = Path.of(System.getProperty("user.home"), ".m2", "repository", "com", "squareup",
                "javapoet", "1.13.0", "javapoet-1.13.0.jar");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "--release", "17", "-d", classes.toString(), "-classpath", cp,
                "-processorpath", processorJar + File.pathSeparator + javapoet + File.pathSeparator + cp,
                "-processor", "io.jcdk.processor.CanisterProcessor", src.toString());
        assertEquals(0, rc, "javac with the processor");
        List<File> classPath = new ArrayList<>();
        classPath.add(classes.toFile());
        for (String element : cp.split(File.pathSeparator)) {
            classPath.add(new File(element));
        }
        Path wasm = TeaVmCompiler.compile(new TeaVmCompiler.Options(exportsClass, classPath,
                dir.resolve("out"), "classes.wasm", CandidWasm.MIN_HEAP, 256 << 20,
                Boolean.getBoolean("jcdk.test.debugNames"), optimization), text -> { });
        return Files.readAllBytes(wasm);
    }

    private static byte[] motokoModule(Path modules) throws Exception {
        Path dir = Files.createTempDirectory("jcdk-bench-motoko");
        Files.writeString(dir.resolve("compile.js"), COMPILE_JS);
        Files.writeString(dir.resolve("Main.mo"), MOTOKO);
        Process p = new ProcessBuilder("node", dir.resolve("compile.js").toString(), modules.toString(),
                dir.resolve("Main.mo").toString(), dir.resolve("Main.wasm").toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0, () -> "moc failed:\n" + output);
        return Files.readAllBytes(dir.resolve("Main.wasm"));
    }
}
