package io.github.egovsdk.core.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP(S) proxy: explicit, or resolved from the JVM ({@code https.proxyHost}/{@code https.proxyPort},
 * {@code http.nonProxyHosts}) or the environment ({@code HTTPS_PROXY}, {@code NO_PROXY}).
 *
 * @param proxy          the proxy URI ({@code http://host:port}), or {@code null} for a direct connection
 * @param nonProxyHosts  host patterns reached directly ({@code *.gov.vn}, {@code localhost}, {@code .internal})
 * @param username       optional proxy user
 * @param password       optional proxy password (never printed)
 */
public record ProxyConfig(URI proxy, List<String> nonProxyHosts, String username, char[] password) {
    public static final ProxyConfig NONE = new ProxyConfig(null, List.of(), null, null);

    public ProxyConfig {
        nonProxyHosts = List.copyOf(Objects.requireNonNullElse(nonProxyHosts, List.of()));
        password = password == null ? null : password.clone();
    }

    public static ProxyConfig of(URI proxy) {
        return new ProxyConfig(Objects.requireNonNull(proxy, "proxy"), List.of(), null, null);
    }

    public Optional<URI> proxyUri() {
        return Optional.ofNullable(proxy);
    }

    @Override
    public char[] password() {
        return password == null ? null : password.clone();
    }

    @Override
    public String toString() {
        return "ProxyConfig[proxy=" + proxy + ", nonProxyHosts=" + nonProxyHosts + ", username=" + username
                + ", password=" + (password == null ? "none" : "****") + "]";
    }
}
