package io.github.egovsdk.edoc.internal;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.http.HttpHeaders;
import io.github.egovsdk.core.http.ServiceErrorDecoder;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.edoc.vxp.SenderNotRegisteredException;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;

/** The axis' response shape: {@code status}, {@code ErrorCode} ("0" = success, whatever the HTTP status), {@code
 * ErrorDesc}. */
public final class VxpResponses {
    private VxpResponses() {}

    /** Error decoder for non-2xx answers. */
    public static EgovServiceException decode(int status, HttpHeaders headers, String body) {
        JsonNode json = EgovJson.tryParse(body);
        if (json == null) {
            return ServiceErrorDecoder.defaultDecoder().decode(status, headers, body);
        }
        return error(status, json, ServiceErrorDecoder.requestIdOf(headers), body);
    }

    /** Parses a 2xx body and throws when the axis says it failed. */
    public static JsonNode check(int status, String body, HttpHeaders headers) {
        JsonNode json = EgovJson.tryParse(body);
        if (json == null || !json.isObject()) {
            throw new EgovServiceException(
                    status,
                    "UNPARSABLE",
                    "The axis answered with a body that is not JSON",
                    ServiceErrorDecoder.requestIdOf(headers),
                    body);
        }
        if (!isSuccess(json)) {
            throw error(status, json, ServiceErrorDecoder.requestIdOf(headers), body);
        }
        return json;
    }

    static boolean isSuccess(JsonNode json) {
        String code = text(json, "ErrorCode");
        String status = text(json, "status");
        return "0".equals(code) && !"FAIL".equalsIgnoreCase(status);
    }

    private static EgovServiceException error(int status, JsonNode json, String requestId, String body) {
        String code = text(json, "ErrorCode");
        String desc = text(json, "ErrorDesc");
        if (desc != null && desc.contains("khong dung voi ma da dang ky")) {
            return new SenderNotRegisteredException(status, code, desc, requestId, body);
        }
        return new EgovServiceException(status, code == null ? text(json, "status") : code, desc, requestId, body);
    }

    public static String text(JsonNode json, String field) {
        JsonNode n = json.get(field);
        return n == null || n.isNull() ? null : n.asString();
    }
}
