package io.github.egovsdk.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version (from a Maven-filtered resource) and the User-Agent built from it. */
public final class SdkVersion {
    private static final String VERSION = load();

    private SdkVersion() {}

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("/io/github/egovsdk/core/sdk-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    public static String version() {
        return VERSION;
    }

    /** {@code egov-sdk-java/<version> java/<java.version>} plus {@code " " + applicationId} when given. */
    public static String userAgent(String applicationId) {
        String base = "egov-sdk-java/" + VERSION + " java/" + System.getProperty("java.version");
        return applicationId == null || applicationId.isBlank() ? base : base + " " + applicationId.strip();
    }
}
