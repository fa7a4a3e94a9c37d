package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.config.ProxyConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Resolves the proxy to use when none is configured explicitly: JVM properties first ({@code https.proxyHost},
 * {@code https.proxyPort}, {@code http.nonProxyHosts}), then the environment ({@code HTTPS_PROXY},
 * {@code NO_PROXY}, lower-case variants too), like curl and the JDK do.
 */
public final class ProxySelection {
    private ProxySelection() {}

    public static ProxyConfig fromEnvironment(Properties system, Map<String, String> env) {
        String host = system.getProperty("https.proxyHost");
        if (host != null && !host.isBlank()) {
            String port = system.getProperty("https.proxyPort", "443");
            List<String> nonProxy = split(system.getProperty("http.nonProxyHosts", ""), "\\|");
            return new ProxyConfig(URI.create("http://" + host.strip() + ":" + port.strip()), nonProxy, null, null);
        }
        String url = firstNonBlank(env.get("HTTPS_PROXY"), env.get("https_proxy"));
        if (url == null) {
            return ProxyConfig.NONE;
        }
        if (!url.contains("://")) {
            url = "http://" + url;
        }
        URI uri = URI.create(url);
        String user = null;
        char[] password = null;
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1].toCharArray() : null;
            uri = URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
        }
        List<String> nonProxy = split(firstNonBlank(env.get("NO_PROXY"), env.get("no_proxy")), ",");
        return new ProxyConfig(uri, nonProxy, user, password);
    }

    /** Whether {@code host} matches one of the patterns ({@code *.gov.vn}, {@code .gov.vn}, {@code localhost}, {@code
     * *}). */
    public static boolean bypasses(String host, List<String> patterns) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String raw : patterns) {
            String p = raw.strip().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("*") || p.equals(h)) {
                return true;
            }
            if (p.startsWith("*")) {
                p = p.substring(1);
            }
            if (p.startsWith(".") && (h.endsWith(p) || h.equals(p.substring(1)))) {
                return true;
            }
            if (!p.startsWith(".") && h.endsWith("." + p)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> split(String value, String separator) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(separator)) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b == null || b.isBlank() ? null : b.strip();
    }
}
