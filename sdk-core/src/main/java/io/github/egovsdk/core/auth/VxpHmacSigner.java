package io.github.egovsdk.core.auth;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests to the national document axis (VXP, Trục liên thông văn bản) with its HMAC-SHA256 header scheme.
 *
 * <p>Per request, a fresh header set is built: {@code systemid}, the call's parameters (the request's
 * {@code XroadVnpt-*} headers set by the client, e.g. {@code servicetype}, {@code messagetype}, {@code docId},
 * {@code hash-file}), {@code timestamp} ({@code ddMMyyyy'T'HHmmss'+'SSSS}, Asia/Ho_Chi_Minh) and
 * {@code Content-Type}. Each entry is sent as {@code XroadVnpt-{name}}, the compact JSON of all entries as
 * {@code XroadVnpt-sign-header}, their names as {@code XroadVnpt-sign-header-key} and the lower-case hex
 * HMAC-SHA256 of that exact JSON, keyed by the UTF-8 bytes of the secret, as {@code XroadVnpt-hash-header}
 * (as the official VXP Java SDK, SDKVXP 2.0.x, signs its calls). Nothing is shared between requests; the secret
 * never appears in
 * {@link #toString()} or logs.
 *
 * <p>Example:
 * <pre>{@code
 * VxpClient axis = VxpClient.builder().endpoint("https://axis.example.gov.vn/")
 *         .credentials(new VxpHmacSigner(systemId, secret))   // fresh timestamp and signature on every attempt
 *         .build();
 * }</pre>
 */
public final class VxpHmacSigner implements RequestSigner {
    public static final String PREFIX = "XroadVnpt-";
    public static final String VERSION = "3.0.201608";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("ddMMyyyy'T'HHmmss", Locale.ROOT);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The order of the well-known entries; other parameters follow in the request's header order. */
    private static final List<String> LEADING = List.of("systemid", "servicetype", "messagetype");

    private static final List<String> OWN_HEADERS = List.of(
            "sign-header", "sign-header-key", "hash-header", "version", "timestamp", "systemid", "Content-Type");

    private final String systemId;
    private final byte[] secret;
    private final Clock clock;

    public VxpHmacSigner(String systemId, String secret) {
        this(systemId, secret, Clock.system(VIETNAM));
    }

    public VxpHmacSigner(String systemId, String secret, Clock clock) {
        if (systemId == null || systemId.isBlank()) {
            throw new EgovClientException("VXP systemId is required (mã hệ thống kết nối trục)");
        }
        if (secret == null || secret.isEmpty()) {
            throw new EgovClientException("VXP secret is required (khóa bí mật kết nối trục)");
        }
        this.systemId = systemId;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String systemId() {
        return systemId;
    }

    @Override
    public HttpRequest sign(HttpRequest request) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("systemid", systemId);
        Map<String, String> params = new LinkedHashMap<>();
        request.headers().asMap().forEach((name, values) -> {
            if (name.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                String key = name.substring(PREFIX.length());
                if (OWN_HEADERS.stream().noneMatch(k -> k.equalsIgnoreCase(key)) && !values.isEmpty()) {
                    params.put(key, values.get(0));
                }
            }
        });
        for (String key : LEADING) {
            params.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(key))
                    .findFirst()
                    .ifPresent(e -> entries.put(e.getKey(), e.getValue()));
        }
        params.forEach(entries::putIfAbsent);
        entries.put("timestamp", timestamp(clock));
        entries.put("Content-Type", request.headers().first("Content-Type").orElse("application/json"));

        String json = signedJson(entries);
        HttpRequest.Builder b = request.toBuilder();
        entries.forEach((k, v) -> {
            if (!k.equals("Content-Type")) {
                b.header(PREFIX + k, v);
            }
        });
        b.header(PREFIX + "Content-Type", entries.get("Content-Type"));
        b.header("Content-Type", entries.get("Content-Type"));
        b.header(PREFIX + "sign-header-key", String.join(";", entries.keySet()));
        b.header(PREFIX + "sign-header", json);
        b.header(PREFIX + "hash-header", hmacHex(secret, json));
        b.header(PREFIX + "version", VERSION);
        return b.build();
    }

    /**
     * {@code ddMMyyyy'T'HHmmss'+'SSSS} as the official SDK's {@code SimpleDateFormat} renders it: {@code SSSS} is the
     * millisecond count zero-padded to 4 digits ({@code 123 ms -> 0123}), not java.time's fraction of a second.
     */
    static String timestamp(Clock clock) {
        ZonedDateTime now = clock.instant().atZone(VIETNAM);
        return TIMESTAMP.format(now) + "+" + String.format(Locale.ROOT, "%04d", now.getNano() / 1_000_000);
    }

    /**
     * Server side (the sandbox, contract tests): checks a received request's signature. The HMAC is recomputed over
     * the {@code XroadVnpt-sign-header} string exactly as received, and every name listed in
     * {@code XroadVnpt-sign-header-key} must have a matching {@code XroadVnpt-*} header. Returns an empty string when
     * valid, otherwise the reason.
     */
    public static String verify(Function<String, String> header, String secret) {
        String json = header.apply(PREFIX + "sign-header");
        String keys = header.apply(PREFIX + "sign-header-key");
        String hash = header.apply(PREFIX + "hash-header");
        if (json == null || keys == null || hash == null) {
            return "missing XroadVnpt-sign-header, -sign-header-key or -hash-header";
        }
        if (!MessageDigest.isEqual(
                hmacHex(secret, json).getBytes(StandardCharsets.US_ASCII),
                hash.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            return "HMAC does not match the signed header";
        }
        for (String key : keys.split(";")) {
            String value = header.apply(PREFIX + key);
            if (value == null || !json.contains(quote(PREFIX + key) + ":" + quote(value))) {
                return "signed entry '" + key + "' has no matching XroadVnpt-" + key + " header";
            }
        }
        return "";
    }

    /** The compact JSON object signed: {@code {"XroadVnpt-name":"value",...}} in the given order. */
    public static String signedJson(Map<String, String> entries) {
        StringBuilder sb = new StringBuilder("{");
        List<String> parts = new ArrayList<>();
        entries.forEach((k, v) -> parts.add(quote(PREFIX + k) + ":" + quote(v)));
        sb.append(String.join(",", parts));
        return sb.append('}').toString();
    }

    /** Lower-case hex HMAC-SHA256 of {@code message} (UTF-8) keyed by the UTF-8 bytes of {@code secret}. */
    public static String hmacHex(String secret, String message) {
        return hmacHex(secret.getBytes(StandardCharsets.UTF_8), message);
    }

    /** One Mac per thread: Mac.getInstance is a provider lookup, not free on every request. */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    });

    private static String hmacHex(byte[] key, String message) {
        try {
            Mac mac = MACS.get();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * The axis's {@code hash-file} form of a SHA-256 digest: each byte as {@code Integer.toHexString(b & 0xFF)},
     * i.e. hex <em>without</em> zero-padding (what the official SDK sends; 40–64 characters).
     */
    public static String officialHashFileHex(byte[] sha256) {
        StringBuilder sb = new StringBuilder(64);
        for (byte b : sha256) {
            sb.append(Integer.toHexString(b & 0xFF));
        }
        return sb.toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public String toString() {
        return "VxpHmacSigner[systemId=" + systemId + ", secret=****]";
    }
}
