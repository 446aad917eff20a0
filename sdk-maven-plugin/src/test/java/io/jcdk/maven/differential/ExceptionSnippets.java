package io.jcdk.maven.differential;

import java.util.ArrayList;
import java.util.List;

/** Exceptions: messages, causes, suppression, try-with-resources, finally. */
final class ExceptionSnippets {
    static final class Resource implements AutoCloseable {
        final String name;
        final List<String> log;
        final boolean failOnClose;

        Resource(String name, List<String> log, boolean failOnClose) {
            this.name = name;
            this.log = log;
            this.failOnClose = failOnClose;
        }

        @Override
        public void close() {
            log.add("close " + name);
            if (failOnClose) {
                throw new IllegalStateException("close " + name);
            }
        }
    }

    static final class AppException extends Exception {
        final int code;

        AppException(String message, int code, Throwable cause) {
            super(message, cause);
            this.code = code;
        }
    }

    private ExceptionSnippets() {
    }

    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.getClass().getName()).append('(').append(t.getMessage()).append(')');
        for (Throwable s : t.getSuppressed()) {
            sb.append(" suppressed ").append(describe(s));
        }
        if (t.getCause() != null) {
            sb.append(" caused by ").append(describe(t.getCause()));
        }
        return sb.toString();
    }

    static void add(Snippets s) {
        s.add("Throwable: getSuppressed of a new exception", () -> new RuntimeException("x").getSuppressed().length);
        s.add("Throwable: addSuppressed", () -> {
            Exception e = new Exception("main");
            e.addSuppressed(new RuntimeException("one"));
            e.addSuppressed(new Error("two"));
            return describe(e);
        });
        s.add("Throwable: addSuppressed self", () -> {
            Exception e = new Exception("main");
            e.addSuppressed(e);
            return e;
        });
        s.add("Throwable: addSuppressed null", () -> {
            new Exception("main").addSuppressed(null);
            return "added";
        });
        s.add("try-with-resources: body and close fail", () -> {
            List<String> log = new ArrayList<>();
            try (Resource a = new Resource("a", log, true); Resource b = new Resource("b", log, true)) {
                log.add("body");
                if (!log.isEmpty()) {
                    throw new IllegalArgumentException("body");
                }
            } catch (RuntimeException e) {
                return log + " " + describe(e);
            }
            return log;
        });
        s.add("try-with-resources: only close fails", () -> {
            List<String> log = new ArrayList<>();
            try (Resource a = new Resource("a", log, true)) {
                log.add("body");
            } catch (RuntimeException e) {
                return log + " " + describe(e);
            }
            return log;
        });
        s.add("try-with-resources: null resource", () -> {
            List<String> log = new ArrayList<>();
            try (Resource a = null) {
                log.add("body");
            }
            return log;
        });
        s.add("finally: order and overriding return", () -> {
            List<String> log = new ArrayList<>();
            return finallyReturn(log) + " " + log;
        });
        s.add("exception: cause chain and message", () -> describe(new AppException("app", 7,
                new IllegalStateException("inner", new ArithmeticException()))));
        s.add("exception: getMessage and getLocalizedMessage", () -> {
            Exception e = new Exception((String) null);
            return e.getMessage() + " " + e.getLocalizedMessage() + " " + new RuntimeException(
                    new Exception("c")).getMessage();
        });
        s.add("exception: toString", () -> new IllegalArgumentException("bad").toString() + " | "
                + new UnsupportedOperationException().toString());
        s.add("exception: message from the cause", () -> new RuntimeException((Throwable) null).getMessage() + " | "
                + new IllegalStateException(new ArithmeticException("x")) + " | " + new Exception(new Error())
                .getLocalizedMessage() + " | " + new IllegalArgumentException("own", new Error("c")).getMessage()
                + " | " + new UnsupportedOperationException(new RuntimeException()).getCause());
        s.add("exception: initCause twice", () -> {
            Exception e = new Exception("e");
            e.initCause(new Error("c"));
            e.initCause(new Error("d"));
            return e;
        });
        s.add("exception: initCause self", () -> {
            Exception e = new Exception("e");
            e.initCause(e);
            return e;
        });
        s.add("exception: message of ArithmeticException", () -> {
            try {
                return 1 / ArithmeticSnippets.zero;
            } catch (ArithmeticException e) {
                return e.getMessage();
            }
        });
        s.add("exception: message of NumberFormatException", () -> {
            try {
                return Integer.parseInt("12x");
            } catch (NumberFormatException e) {
                return e.getMessage();
            }
        });
        s.add("exception: message of NegativeArraySizeException", () -> {
            try {
                return new int[ArithmeticSnippets.minusOne];
            } catch (NegativeArraySizeException e) {
                return e.getMessage();
            }
        });
        s.add("exception: message of ArrayIndexOutOfBounds", () -> {
            try {
                return new int[2][ArithmeticSnippets.seven];
            } catch (ArrayIndexOutOfBoundsException e) {
                return e.getMessage();
            }
        });
        s.add("exception: message of StringIndexOutOfBounds", () -> {
            try {
                return "abc".substring(ArithmeticSnippets.seven);
            } catch (StringIndexOutOfBoundsException e) {
                return e.getClass().getSuperclass().getName();
            }
        });
        s.add("exception: catch order and rethrow", () -> {
            try {
                try {
                    throw new IllegalStateException("inner");
                } catch (IllegalArgumentException e) {
                    return "wrong";
                } finally {
                    counterBump();
                }
            } catch (RuntimeException e) {
                return e.getMessage() + " " + bumps;
            }
        });
        s.add("exception: multi-catch", () -> {
            try {
                Object o = List.of().get(0);
                return o;
            } catch (IllegalStateException | IndexOutOfBoundsException e) {
                return e.getClass().getSuperclass().getName();
            }
        });
        s.add("exception: Error is not Exception", () -> {
            try {
                throw new AssertionError("a");
            } catch (Exception e) {
                return "exception";
            } catch (Throwable t) {
                return "throwable " + t.getMessage();
            }
        });
        s.add("exception: AssertionError with object", () -> new AssertionError(42).getMessage());
    }

    static int bumps;

    static void counterBump() {
        bumps++;
    }

    @SuppressWarnings("finally")
    static String finallyReturn(List<String> log) {
        try {
            log.add("try");
            throw new RuntimeException("lost");
        } finally {
            log.add("finally");
            return "from finally";
        }
    }
}
