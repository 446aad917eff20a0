package io.jcdk.runtime.exec;

import io.jcdk.canister.Principal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The canister state outside its memories that the System API reads or changes. Mutable, with {@link #copy()} and
 * {@link #restoreFrom} so that a trapped message leaves it untouched.
 */
public final class CanisterMetadata {
    public static final int STATUS_RUNNING = 1;
    public static final int STATUS_STOPPING = 2;
    public static final int STATUS_STOPPED = 3;

    private Principal id;
    private List<Principal> controllers = new ArrayList<>();
    private BigInteger cycles = BigInteger.ZERO;
    private long version;
    private int status = STATUS_RUNNING;
    private byte[] certifiedData = new byte[0];
    private long globalTimer;
    private java.util.TreeMap<String, String> envVars = new java.util.TreeMap<>();

    public CanisterMetadata(Principal id) {
        this.id = id;
    }

    public CanisterMetadata copy() {
        CanisterMetadata c = new CanisterMetadata(id);
        c.restoreFrom(this);
        return c;
    }

    public void restoreFrom(CanisterMetadata other) {
        id = other.id;
        controllers = new ArrayList<>(other.controllers);
        cycles = other.cycles;
        version = other.version;
        status = other.status;
        certifiedData = other.certifiedData.clone();
        globalTimer = other.globalTimer;
        envVars = new java.util.TreeMap<>(other.envVars);
    }

    public Principal id() {
        return id;
    }

    public List<Principal> controllers() {
        return List.copyOf(controllers);
    }

    public void setControllers(List<Principal> controllers) {
        this.controllers = new ArrayList<>(controllers);
    }

    public BigInteger cycles() {
        return cycles;
    }

    public void setCycles(BigInteger cycles) {
        this.cycles = cycles;
    }

    public long version() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public int status() {
        return status;
    }

    public void setStatus(int status) {
        this.status = status;
    }

    public byte[] certifiedData() {
        return certifiedData.clone();
    }

    public void setCertifiedData(byte[] certifiedData) {
        this.certifiedData = certifiedData.clone();
    }

    /** Environment variables, sorted by name (the order env_var_name_* index). */
    public java.util.SortedMap<String, String> envVars() {
        return java.util.Collections.unmodifiableSortedMap(envVars);
    }

    public void setEnvVars(java.util.Map<String, String> vars) {
        envVars = new java.util.TreeMap<>(vars);
    }

    public String statusWord() {
        return switch (status) {
            case STATUS_RUNNING -> "running";
            case STATUS_STOPPING -> "stopping";
            default -> "stopped";
        };
    }

    public long globalTimer() {
        return globalTimer;
    }

    public void setGlobalTimer(long globalTimer) {
        this.globalTimer = globalTimer;
    }
}
