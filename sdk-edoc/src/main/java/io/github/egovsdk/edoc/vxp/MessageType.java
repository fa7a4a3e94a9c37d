package io.github.egovsdk.edoc.vxp;

/** The axis' {@code messagetype}: a document or a status message. */
public enum MessageType {
    EDOC("edoc"), STATUS("status");

    private final String wire;

    MessageType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
