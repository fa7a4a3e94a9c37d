package io.github.egovsdk.signature;

/**
 * ETSI baseline levels: B-B (basic), B-T (with a signature time-stamp from a TSA), B-LT (with the certificates and
 * revocation data needed to validate it later, offline), B-LTA (plus an archive / document time-stamp over them).
 */
public enum SignatureLevel {
    B_B, B_T, B_LT, B_LTA;

    public String label() {
        return name().replace('_', '-');
    }

    /** Parses "B-T", "b_lt", "LTA"… */
    public static SignatureLevel parse(String text) {
        String t = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return valueOf(t.startsWith("B_") ? t : "B_" + t);
    }
}
