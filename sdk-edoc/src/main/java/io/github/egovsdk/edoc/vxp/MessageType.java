package io.github.egovsdk.edoc.vxp;

import java.util.Locale;
import java.util.Optional;

/** The axis' {@code messagetype}: a document or a status message. */
public enum MessageType {
    EDOC("edoc"),
    STATUS("status");

    private final String wire;

    MessageType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** From the axis' wire value (case and surrounding spaces ignored); empty for one the SDK does not know. */
    public static Optional<MessageType> fromCode(String wire) {
        String w = wire == null ? "" : wire.strip().toLowerCase(Locale.ROOT);
        for (MessageType t : values()) {
            if (t.wire.equals(w)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
