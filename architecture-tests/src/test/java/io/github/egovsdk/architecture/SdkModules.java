package io.github.egovsdk.architecture;

/** The SDK's root packages: one per module ({@code io.github.egovsdk.<module>}). */
final class SdkModules {
    static final String ROOT = "io.github.egovsdk.";
    /** Everything core must not know: the domain modules and what is built on them. */
    static final String[] DOMAIN_AND_TOOLING = {
        "io.github.egovsdk.signature..",
        "io.github.egovsdk.edoc..",
        "io.github.egovsdk.dvc..",
        "io.github.egovsdk.vneid..",
        "io.github.egovsdk.civil..",
        "io.github.egovsdk.health..",
        "io.github.egovsdk.testkit..",
        "io.github.egovsdk.cli..",
        "io.github.egovsdk.spring..",
        "io.github.egovsdk.micrometer..",
        "io.github.egovsdk.opentelemetry.."
    };

    private SdkModules() {}

    /** The module a package belongs to ({@code core}, {@code edoc}, …), or {@code null} outside the SDK. */
    static String moduleOf(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return null;
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
