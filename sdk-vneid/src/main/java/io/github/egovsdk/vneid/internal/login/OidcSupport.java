package io.github.egovsdk.vneid.internal.login;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Small OAuth2/OIDC helpers: random values, PKCE S256, raw query parsing, form bodies, constant-time compare. */
public final class OidcSupport {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_QUERY = 16 * 1024;

    private OidcSupport() {}

    /** {@code bytes} random bytes, base64url without padding. */
    public static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The PKCE S256 challenge of a verifier (RFC 7636 §4.2). */
    public static String s256(String verifier) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses a raw query string (with or without a leading {@code ?}, or a whole callback URL). A literal {@code +}
     * stays {@code +}: VNeID codes contain it and frameworks that decode it to a space break them (reference §6).
     */
    public static Map<String, String> query(String rawQueryOrUrl) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQueryOrUrl == null) {
            return out;
        }
        String q = rawQueryOrUrl.length() > MAX_QUERY ? rawQueryOrUrl.substring(0, MAX_QUERY) : rawQueryOrUrl;
        int mark = q.indexOf('?');
        if (mark >= 0) {
            q = q.substring(mark + 1);
        }
        int hash = q.indexOf('#');
        if (hash >= 0) {
            q = q.substring(0, hash);
        }
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(k, v);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a malformed escape: keep the text as sent
        }
    }

    public static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static URI withQuery(URI base, Map<String, String> params) {
        String b = base.toString();
        return URI.create(b + (b.contains("?") ? "&" : "?") + form(params));
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
