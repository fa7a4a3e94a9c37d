package io.github.egovsdk.core.internal.http;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.http.HttpHeaders;
import io.github.egovsdk.core.http.ServiceErrorDecoder;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.util.List;

/**
 * Decodes the error shapes Vietnamese e-government services use: {@code {"ErrorCode": "...", "ErrorDesc": "..."}}
 * (the axis), {@code {"error_code", "message"}}, {@code {"error", "error_description"}} (OAuth2),
 * {@code {"code", "message"}} and plain text; the request id from the usual headers.
 */
public final class DefaultErrorDecoder implements ServiceErrorDecoder {
    public static final DefaultErrorDecoder INSTANCE = new DefaultErrorDecoder();
    private static final List<String> CODE_FIELDS =
            List.of("ErrorCode", "errorCode", "error_code", "code", "error", "status");
    private static final List<String> MESSAGE_FIELDS = List.of(
            "ErrorDesc", "errorDesc", "message", "Message", "error_description", "errorMessage", "msg", "description");
    private static final List<String> REQUEST_ID_HEADERS = List.of(
            "X-Request-Id", "X-Request-ID", "X-Correlation-Id", "Request-Id", "X-Amzn-RequestId", "traceparent");

    @Override
    public EgovServiceException decode(int statusCode, HttpHeaders headers, String bodyExcerpt) {
        String code = null;
        String message = null;
        JsonNode json = EgovJson.tryParse(bodyExcerpt);
        if (json != null && json.isObject()) {
            code = firstText(json, CODE_FIELDS);
            message = firstText(json, MESSAGE_FIELDS);
        } else if (bodyExcerpt != null
                && !bodyExcerpt.isBlank()
                && bodyExcerpt.length() <= 300
                && !bodyExcerpt.stripLeading().startsWith("<")) {
            message = bodyExcerpt.strip();
        }
        return new EgovServiceException(statusCode, code, message, requestId(headers), bodyExcerpt);
    }

    public static String requestId(HttpHeaders headers) {
        for (String h : REQUEST_ID_HEADERS) {
            var v = headers.first(h);
            if (v.isPresent()) {
                return v.get();
            }
        }
        return null;
    }

    private static String firstText(JsonNode json, List<String> fields) {
        for (String f : fields) {
            JsonNode n = json.get(f);
            if (n != null && !n.isNull() && !n.isContainer()) {
                String s = n.asString();
                if (!s.isBlank()) {
                    return s;
                }
            }
        }
        return null;
    }
}
