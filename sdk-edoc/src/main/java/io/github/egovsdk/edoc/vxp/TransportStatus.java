package io.github.egovsdk.edoc.vxp;

/** Transport-level acknowledgement of a received package ({@code updateStatus}): not a business status. */
public enum TransportStatus {
    DONE("done"), FAIL("fail"), PROCESSING("processing");

    private final String wire;

    TransportStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
