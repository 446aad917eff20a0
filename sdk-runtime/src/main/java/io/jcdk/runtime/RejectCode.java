package io.jcdk.runtime;

/** Reject codes of the interface spec ("Reject codes"). */
public enum RejectCode {
    SYS_FATAL(1),
    SYS_TRANSIENT(2),
    DESTINATION_INVALID(3),
    CANISTER_REJECT(4),
    CANISTER_ERROR(5),
    SYS_UNKNOWN(6);

    private final int code;

    RejectCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
