package io.jcdk.runtime.cli;

/** A request the CLI refuses or that failed (exit code 1); the message is the one line shown. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
