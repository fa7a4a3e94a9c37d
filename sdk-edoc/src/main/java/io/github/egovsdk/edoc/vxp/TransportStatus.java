package io.github.egovsdk.edoc.vxp;

import java.util.Locale;
import java.util.Optional;

/** Transport-level acknowledgement of a received package ({@code updateStatus}): not a business status. */
public enum TransportStatus {
    DONE("done"),
    FAIL("fail"),
    PROCESSING("processing");

    private final String wire;

    TransportStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** From the axis' wire value (case and surrounding spaces ignored); empty for one the SDK does not know. */
    public static Optional<TransportStatus> fromCode(String wire) {
        String w = wire == null ? "" : wire.strip().toLowerCase(Locale.ROOT);
        for (TransportStatus s : values()) {
            if (s.wire.equals(w)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
