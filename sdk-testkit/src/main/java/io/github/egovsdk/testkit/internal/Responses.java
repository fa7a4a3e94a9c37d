package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;

/** Small helpers for the sandbox's JSON answers. */
final class Responses {
    private Responses() {}

    static ObjectNode object() {
        return EgovJson.mapper().createObjectNode();
    }

    static byte[] bytes(ObjectNode node) {
        return EgovJson.write(node);
    }

    static ResponseDefinition json(int status, ObjectNode body) {
        return new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(EgovJson.write(body))
                .build();
    }

    /** The axis' shape: {@code status}, {@code ErrorCode} ("0" = success), {@code ErrorDesc} (unaccented Vietnamese).
     * */
    static ObjectNode axisOk() {
        ObjectNode o = object();
        o.put("status", "OK");
        o.put("ErrorCode", "0");
        o.put("ErrorDesc", "Thanh cong");
        return o;
    }

    static ResponseDefinition axisFail(int httpStatus, String code, String desc) {
        ObjectNode o = object();
        o.put("status", "FAIL");
        o.put("ErrorCode", code);
        o.put("ErrorDesc", desc);
        return json(httpStatus, o);
    }
}
