package io.github.egovsdk.core.gateway;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.auth.RequestSigner;
import io.github.egovsdk.core.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Style E: {@code Timestamp} (epoch milliseconds), {@code Authorization: Basic base64(user ":" sha256hex(url + user
 * + timestamp + secret))}, {@code X-Road-Client}, {@code ApiKey} and {@code SOAPAction: ""} — a fresh timestamp and
 * hash on every attempt. {@code url} is the full request URL as sent.
 */
final class XRoadSigner implements RequestSigner {
    private final String user;
    private final String secret;
    private final String client;
    private final String apiKey;
    private final Clock clock;

    XRoadSigner(String user, String secret, String client, String apiKey, Clock clock) {
        if (user == null || user.isBlank() || secret == null || secret.isEmpty()) {
            throw new EgovClientException("X-Road user and secret are required / thiếu tài khoản hoặc khóa bí mật");
        }
        this.user = user;
        this.secret = secret;
        this.client = client;
        this.apiKey = apiKey;
        this.clock = clock;
    }

    /** The hash sent after {@code user:}; public to the package for the sandbox-side check in tests. */
    static String hash(String url, String user, String timestamp, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(sha.digest((url + user + timestamp + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    @Override
    public HttpRequest sign(HttpRequest request) {
        String timestamp = String.valueOf(clock.millis());
        String url = request.uri().toString();
        HttpRequest.Builder b = request.toBuilder()
                .header("Timestamp", timestamp)
                .header("Authorization", "Basic " + GatewayAuth.base64(user + ":" + hash(url, user, timestamp, secret)))
                .header("SOAPAction", "\"\"");
        if (client != null) {
            b.header("X-Road-Client", client);
        }
        if (apiKey != null) {
            b.header("ApiKey", apiKey);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "GatewayAuth[E X-Road, user=" + user + ", secret=****]";
    }
}
