package io.jcdk.runtime.cli;

import java.nio.file.Path;

/** Entry point of {@code java -jar sdk-runtime.jar} (called by the {@code ./jcdk} launcher). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code;
        try {
            code = new Cli(System.out, System.err, Path.of("").toAbsolutePath()).run(args);
        } catch (RuntimeException e) {
            // A bug, not a user error: keep the stack trace, it is what a bug report needs.
            System.err.println("error: internal error in the JCDK runtime: " + e);
            e.printStackTrace(System.err);
            code = 3;
        }
        System.out.flush();
        System.exit(code);
    }
}
