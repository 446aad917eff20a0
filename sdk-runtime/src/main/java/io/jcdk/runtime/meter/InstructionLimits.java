package io.jcdk.runtime.meter;

/**
 * Instruction limits per message (interface spec, resource limits): update 40 B, query 5 B, install and upgrade
 * 300 B, inspect_message 200 M. Timers, heartbeats and callbacks are updates.
 */
public record InstructionLimits(long update, long query, long install, long inspectMessage) {
    public static final InstructionLimits IC = new InstructionLimits(40_000_000_000L, 5_000_000_000L,
            300_000_000_000L, 200_000_000L);

    public InstructionLimits {
        if (update <= 0 || query <= 0 || install <= 0 || inspectMessage <= 0) {
            throw new IllegalArgumentException("instruction limits must be positive");
        }
    }

    public InstructionLimits withUpdate(long v) {
        return new InstructionLimits(v, query, install, inspectMessage);
    }

    public InstructionLimits withQuery(long v) {
        return new InstructionLimits(update, v, install, inspectMessage);
    }

    public InstructionLimits withInstall(long v) {
        return new InstructionLimits(update, query, v, inspectMessage);
    }

    public InstructionLimits withInspectMessage(long v) {
        return new InstructionLimits(update, query, install, v);
    }
}
