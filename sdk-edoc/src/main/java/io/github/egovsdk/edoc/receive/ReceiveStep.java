package io.github.egovsdk.edoc.receive;

/**
 * The checkpointed steps of one received package, in order. A restarted or another instance resumes at the step
 * recorded, so each step's effect is at least once and the next step never runs before the previous one was recorded.
 */
public enum ReceiveStep {
    /** Nothing recorded yet: download, parse and hand to the handler. */
    NEW(0),
    /** The handler succeeded (outcome {@code done}) or the package was rejected (outcome {@code fail}). */
    HANDLED(1),
    /** Status 01 (đã đến) sent, or none due; the acknowledgement is next. */
    STATUS_DONE(2),
    /** The recorded outcome was acknowledged to the axis. */
    ACKNOWLEDGED(3);

    private final int code;

    ReceiveStep(int code) {
        this.code = code;
    }

    /** The stored number of the step. */
    public int code() {
        return code;
    }

    public static ReceiveStep ofCode(int code) {
        for (ReceiveStep s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown receive step " + code);
    }

    boolean isBefore(ReceiveStep other) {
        return code < other.code;
    }
}
