package io.jcdk.runtime.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Splits a command line into positional words and {@code --option value} pairs. */
final class Args {
    /** Options that take no value (--flag means true; --flag=false is allowed). */
    private static final Set<String> FLAGS = Set.of("skip-pre-upgrade", "profile");

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private Args() {}

    static Args parse(String[] argv, Set<String> known) {
        Args a = new Args();
        for (int i = 0; i < argv.length; i++) {
            String w = argv[i];
            if (w.startsWith("--") && w.length() > 2) {
                String name = w.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (name.equals("help")) {
                    a.options.put("help", "");
                    continue;
                }
                if (!known.contains(name)) {
                    throw new UsageException("unknown option --" + name);
                }
                if (value == null && FLAGS.contains(name)) {
                    value = "true";
                }
                if (value == null) {
                    if (i + 1 >= argv.length) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = argv[++i];
                }
                if (a.options.put(name, value) != null) {
                    throw new UsageException("option --" + name + " is given twice");
                }
            } else {
                a.positional.add(w);
            }
        }
        return a;
    }

    List<String> positional() {
        return positional;
    }

    String option(String name) {
        return options.get(name);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }
}
