package io.jcdk.maven.candid;

import io.jcdk.candid.CandidTestSuite;
import io.jcdk.canister.Ic;
import java.nio.charset.StandardCharsets;
import org.teavm.interop.Export;

/**
 * Runs assertions of the official Candid test suite inside a canister: {@code load} takes a test file (raw UTF-8
 * bytes, not Candid: the harness must not depend on the codec it tests), {@code run} takes an assertion index (4
 * bytes, little endian) and replies with three UTF-8 lines: the verdict ({@code PASS} or {@code FAIL reason}) and
 * the outcome of the left and right inputs ({@code ok (values)}, {@code error: message}, or {@code -} when absent).
 */
public final class CandidSuiteFixture {
    private static CandidTestSuite suite;

    private CandidSuiteFixture() {
    }

    @Export(name = "canister_update load")
    public static void load() {
        String text = new String(Ic.argData(), StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        suite = CandidTestSuite.parse(text.substring(0, nl), text.substring(nl + 1));
        Ic.reply(Integer.toString(suite.assertions().size()).getBytes(StandardCharsets.UTF_8));
    }

    @Export(name = "canister_update run")
    public static void run() {
        byte[] arg = Ic.argData();
        int i = (arg[0] & 0xff) | (arg[1] & 0xff) << 8 | (arg[2] & 0xff) << 16 | (arg[3] & 0xff) << 24;
        CandidTestSuite.Assertion a = suite.assertions().get(i);
        String failure = a.run();
        StringBuilder sb = new StringBuilder();
        sb.append(failure == null ? "PASS" : "FAIL " + failure).append('\n');
        sb.append(a.outcome(a.left())).append('\n');
        sb.append(a.right() == null ? "-" : a.outcome(a.right()));
        Ic.reply(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
