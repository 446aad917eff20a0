package io.jcdk.spec;

/**
 * The contexts from which the IC lets a canister call a System API function (interface spec, "System API
 * imports"). The codes are the spec's.
 */
public enum CallContext {
    INIT("I", "canister_init or canister_post_upgrade"),
    PRE_UPGRADE("G", "canister_pre_upgrade"),
    UPDATE("U", "an update method"),
    REPLICATED_QUERY("RQ", "a query method in replicated mode"),
    NON_REPLICATED_QUERY("NRQ", "a query method"),
    TRANSFORM_QUERY("TQ", "an http outcall transform"),
    COMPOSITE_QUERY("CQ", "a composite query method"),
    REPLY_CALLBACK("Ry", "a reply callback"),
    REJECT_CALLBACK("Rt", "a reject callback"),
    COMPOSITE_REPLY_CALLBACK("CRy", "a reply callback in a composite query"),
    COMPOSITE_REJECT_CALLBACK("CRt", "a reject callback in a composite query"),
    CLEANUP_CALLBACK("C", "a cleanup callback"),
    COMPOSITE_CLEANUP_CALLBACK("CC", "a cleanup callback in a composite query"),
    INSPECT_MESSAGE("F", "canister_inspect_message"),
    SYSTEM_TASK("T", "a system task (heartbeat, global timer or low-memory hook)"),
    START("s", "the module's start function");

    private final String code;
    private final String description;

    CallContext(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The spec's short code, such as {@code RQ}. */
    public String code() {
        return code;
    }

    /** Words for error messages, such as "a query method". */
    public String description() {
        return description;
    }

    public static CallContext ofCode(String code) {
        for (CallContext c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown System API context code: " + code);
    }
}
