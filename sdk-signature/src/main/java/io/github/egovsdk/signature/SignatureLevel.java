package io.github.egovsdk.signature;

/** ETSI baseline levels: B-B (basic), B-T (with a signature time-stamp from a TSA). */
public enum SignatureLevel {
    B_B, B_T;

    public String label() {
        return name().replace('_', '-');
    }
}
