package io.github.egovsdk.dvc.internal;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.http.HttpHeaders;
import io.github.egovsdk.core.http.ServiceErrorDecoder;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The portal adapter's replies {@code {error_code, message | result}} (identity-and-public-service-portal.md §8.1):
 * success only when {@code error_code} is 0 (number or string) — never decided by the message text.
 */
public final class PortalReplies {
    /** Codes with which an insert says the dossier code is taken (observed: 3 and -3; 0 only with a message). */
    private static final Set<Integer> ALREADY_EXISTS = Set.of(3, -3);

    private static final Pattern SESSION =
            Pattern.compile("(?i)(\"(?:session|MaXacThuc|password)\"\\s*:\\s*\")([^\"]*)(\")");

    private PortalReplies() {}

    /** A parsed reply. */
    public record Reply(int status, JsonNode json, String code, String message, String requestId, String body) {

        public boolean ok() {
            return isZero(code);
        }

        /** The portal refused an insert because the dossier code exists ("đã tồn tại"). */
        public boolean alreadyExists() {
            if (ok()) {
                return false;
            }
            Integer c = asInt(code);
            return (c != null && ALREADY_EXISTS.contains(c)) || mentionsExisting(message);
        }

        /** The session is unknown or expired. */
        public boolean sessionExpired() {
            return status == 401 || "401".equals(code == null ? null : code.strip());
        }

        public EgovServiceException toException() {
            return new EgovServiceException(status, code, message, requestId, excerpt(body));
        }
    }

    /** Parses a 2xx body; a body that is not a JSON object becomes a reply with code {@code UNPARSABLE}. */
    public static Reply parse(int status, String body, HttpHeaders headers) {
        JsonNode json = EgovJson.tryParse(body);
        String requestId = ServiceErrorDecoder.requestIdOf(headers);
        if (json == null || !json.isObject()) {
            return new Reply(
                    status,
                    null,
                    "UNPARSABLE",
                    "The portal answered with a body that is not a JSON object"
                            + " / Cổng DVCQG trả về dữ liệu không phải JSON",
                    requestId,
                    body);
        }
        return new Reply(
                status,
                json,
                Json.text(json, "error_code", "errorCode", "ErrorCode"),
                Json.text(json, "message", "error_message", "ErrorDesc"),
                requestId,
                body);
    }

    /** A reply rebuilt from a non-2xx answer the pipeline turned into an exception (for the session check). */
    public static Reply fromException(EgovServiceException e) {
        String body = e.bodyExcerpt().orElse(null);
        JsonNode json = EgovJson.tryParse(body);
        return new Reply(
                e.statusCode(),
                json,
                e.serviceErrorCode().orElse(null),
                e.serviceMessage().orElse(null),
                e.requestId().orElse(null),
                body);
    }

    /** Decoder of non-2xx answers: the portal's own code and (Vietnamese) message. */
    public static EgovServiceException decode(int status, HttpHeaders headers, String body) {
        JsonNode json = EgovJson.tryParse(body);
        if (json == null || !json.isObject()) {
            return ServiceErrorDecoder.defaultDecoder().decode(status, headers, excerpt(body));
        }
        return parse(status, body, headers).toException();
    }

    /** A body fit for an exception: personal data, secrets, the session and MACs masked. */
    public static String excerpt(String body) {
        return body == null ? null : Redactor.redact(SESSION.matcher(body).replaceAll("$1****$3"));
    }

    static boolean isZero(String code) {
        Integer c = asInt(code);
        return c != null && c == 0;
    }

    private static Integer asInt(String code) {
        try {
            return code == null ? null : Integer.valueOf(code.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean mentionsExisting(String message) {
        if (message == null) {
            return false;
        }
        String m = Normalizer.normalize(message, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return m.contains("đã tồn tại") || m.contains("da ton tai");
    }
}
