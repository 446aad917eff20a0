package io.jcdk.runtime.module;

/** The kinds of public method a canister exports, with the export-name prefix of each. */
public enum MethodKind {
    UPDATE("canister_update "),
    QUERY("canister_query "),
    COMPOSITE_QUERY("canister_composite_query ");

    private final String exportPrefix;

    MethodKind(String exportPrefix) {
        this.exportPrefix = exportPrefix;
    }

    public String exportPrefix() {
        return exportPrefix;
    }

    public String exportName(String method) {
        return exportPrefix + method;
    }

    /** The word used in messages: "update", "query", "composite query". */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public boolean isQuery() {
        return this != UPDATE;
    }
}
