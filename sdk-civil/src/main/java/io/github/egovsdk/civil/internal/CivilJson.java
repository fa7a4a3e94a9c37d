package io.github.egovsdk.civil.internal;

import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** Small JSON helpers over core's mapper. */
public final class CivilJson {
    private CivilJson() {}

    public static ObjectNode object() {
        return EgovJson.mapper().createObjectNode();
    }

    /** A field as text: null when absent, JSON null or blank; numbers and booleans as their text. */
    public static String text(JsonNode node, String field) {
        JsonNode n = node == null ? null : node.get(field);
        if (n == null || n.isNull() || n.isMissingNode() || n.isContainer()) {
            return null;
        }
        String s = n.asString();
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Puts the value, JSON null when null (the services' DTOs send every field). */
    public static void put(ObjectNode o, String field, String value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, value);
        }
    }

    public static byte[] bytes(JsonNode n) {
        return EgovJson.write(n);
    }

    public static String string(JsonNode n) {
        return new String(EgovJson.write(n), StandardCharsets.UTF_8);
    }

    /** Parses a reply; null when it is not JSON. */
    public static JsonNode parse(String text) {
        return text == null ? null : EgovJson.tryParse(text);
    }
}
