package io.jcdk.maven.differential;

import io.jcdk.canister.Ic;
import java.util.List;
import org.teavm.interop.Export;

/**
 * The differential suite's canister: {@code run} takes two little-endian 32-bit integers after the Candid header
 * (the first snippet and how many) and prints one line per snippet: {@code index<TAB>outcome}.
 */
public final class DifferentialFixture {
    private DifferentialFixture() {
    }

    @Export(name = "canister_update run")
    public static void run() {
        byte[] arg = Ic.argData();
        int from = readInt(arg, 6);
        int count = readInt(arg, 10);
        List<Snippets.Snippet> all = Snippets.all();
        int to = Math.min(all.size(), from + count);
        for (int i = from; i < to; i++) {
            Ic.print(i + "\t" + Snippets.describe(all.get(i).canister()));
        }
        Ic.print("count\t" + all.size());
        Ic.reply(new byte[] {'D', 'I', 'D', 'L', 0, 0});
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }
}
