package io.github.egovsdk.testkit.internal;

/** XML text escaping for the sandbox's hand-written replies. */
final class Xml {
    private Xml() {}

    static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
