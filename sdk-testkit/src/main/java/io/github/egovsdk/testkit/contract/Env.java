package io.github.egovsdk.testkit.contract;

/** Environment variables of the contract targets. */
final class Env {
    private Env() {}

    /** The variable, or null when unset or blank. */
    static String get(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    static String get(String name, String fallback) {
        String v = get(name);
        return v == null ? fallback : v;
    }

    static String required(String name, String because) {
        String v = get(name);
        if (v == null) {
            throw new IllegalStateException(
                    "Environment variable " + name + " is required when " + because + " is set");
        }
        return v;
    }
}
