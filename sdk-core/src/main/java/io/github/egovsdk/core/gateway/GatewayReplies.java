package io.github.egovsdk.core.gateway;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;

/**
 * Removes a gateway's wrapping. Accepted shapes:
 * <ul>
 *   <li>raw SOAP (the body starts with {@code <});</li>
 *   <li>{@code {"error_code": …, "message": "<soapenv:Envelope…>"}} (Thanh Hóa adapter) — {@code error_code}
 *       {@code 0} (string or number) is success; the other values are not documented, so each is reported as the
 *       {@link EgovServiceException#serviceErrorCode()} with the (redacted) message;</li>
 *   <li>{@code {"StatusCode":200,"Status":"SUCCESS","ThrowException":false,"Description":…,"ResultObject":…}} (HCM
 *       ESB) — anything else is an error with {@code StatusCode} as the code;</li>
 *   <li>any other JSON object, returned as is.</li>
 * </ul>
 * Only {@link io.github.egovsdk.core.EgovException} subclasses leave.
 */
public final class GatewayReplies {
    private GatewayReplies() {}

    /** Unwraps {@code body} (already bounded by the caller); {@code requestId} goes into any exception. */
    public static GatewayReply unwrap(String body, String requestId) {
        String b = body == null ? "" : body.strip();
        if (b.startsWith("\uFEFF")) {
            b = b.substring(1);
        }
        if (b.startsWith("<")) {
            return new GatewayReply(b, true, null);
        }
        JsonNode json = EgovJson.tryParse(b);
        if (json == null || !json.isObject()) {
            throw new EgovServiceException(
                    200,
                    "GATEWAY_UNREADABLE",
                    "The gateway answered neither SOAP nor a JSON"
                            + " object / cổng tích hợp trả về dữ liệu không đọc được",
                    requestId,
                    null);
        }
        if (json.has("error_code")) {
            String code = json.get("error_code").asString("").strip();
            JsonNode message = json.get("message");
            String text = message == null || message.isNull()
                    ? ""
                    : message.isValueNode() ? message.asString("") : message.toString();
            if (!"0".equals(code)) {
                throw new EgovServiceException(
                        200, code.isEmpty() ? "GATEWAY_NO_CODE" : code, excerpt(text), requestId, null);
            }
            String t = text.strip();
            return new GatewayReply(t, t.startsWith("<"), code);
        }
        if (json.has("StatusCode") && json.has("ResultObject")) {
            String code = json.get("StatusCode").asString("").strip();
            boolean thrown = json.path("ThrowException").asBoolean(false);
            if (!"200".equals(code) || thrown) {
                throw new EgovServiceException(
                        200,
                        code.isEmpty() ? "GATEWAY_NO_CODE" : code,
                        excerpt(json.path("Description").asString("")),
                        requestId,
                        null);
            }
            JsonNode r = json.get("ResultObject");
            String t = r.isString() ? r.asString().strip() : r.toString();
            return new GatewayReply(t, t.startsWith("<"), code);
        }
        return new GatewayReply(b, false, null);
    }

    private static String excerpt(String message) {
        String m = message.length() > 300 ? message.substring(0, 300) + "…" : message;
        return Redactor.redact(m);
    }
}
