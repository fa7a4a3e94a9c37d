package io.github.egovsdk.dvc.payment;

import io.github.egovsdk.core.EgovClientException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code MaXacThuc} of the national payment platform: lower-case hex SHA-256 of the field values joined with
 * {@code |}, the shared secret appended as the last element (a plain hash, not an HMAC — as the platform defines it).
 * Timestamps use the 24-hour clock ({@code yyyyMMddHHmmss}, Asia/Ho_Chi_Minh): the 12-hour {@code hh} bug of one
 * public integration (14:05 and 02:05 stamped alike) cannot happen here. Verification compares in constant time.
 */
public final class PaymentMac {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private PaymentMac() {}

    /** {@code ThoiGianGD}: {@code yyyyMMddHHmmss} in Vietnam time, 24-hour clock. */
    public static String timestamp(Instant at) {
        return TIME.format(at);
    }

    /** The MAC of an ordered list of field values (INIT, callback, QUERY, GET_BILL orders are the caller's). */
    public static String compute(List<String> values, String secret) {
        Objects.requireNonNull(secret, "secret");
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new EgovClientException("Every field of a payment message must be present (use \"\" for empty)");
        }
        try {
            String joined = String.join("|", values) + "|" + secret;
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Verifies a received MAC (e.g. a callback's) against the values, in constant time; throws
     * {@link InvalidPaymentMacException} when it does not match, so nothing is changed on an unverified message.
     */
    public static void verify(String receivedMac, List<String> values, String secret) {
        String expected = compute(values, secret);
        byte[] a = expected.getBytes(StandardCharsets.US_ASCII);
        byte[] b = (receivedMac == null ? "" : receivedMac.strip().toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(a, b)) {
            throw new InvalidPaymentMacException();
        }
    }
}
