package io.github.egovsdk.dvc.internal;

import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** Small JSON helpers over core's mapper. */
public final class Json {
    private Json() {}

    public static ObjectNode object() {
        return EgovJson.mapper().createObjectNode();
    }

    /** A field as text ({@code null} when absent or JSON null; numbers and booleans as their text). */
    public static String text(JsonNode node, String field) {
        JsonNode n = node == null ? null : node.get(field);
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        return n.isValueNode() ? n.asString() : n.toString();
    }

    /** A field as text, trying several names (the portal's casing varies between services). */
    public static String text(JsonNode node, String... fields) {
        for (String f : fields) {
            String v = text(node, f);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Puts a value unless null. */
    public static void put(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    /** Accepts {@code true/false}, {@code 1/0}, {@code "True"/"False"}. */
    public static boolean flag(JsonNode node, String field) {
        String v = text(node, field);
        return v != null && (v.strip().equalsIgnoreCase("true") || v.strip().equals("1"));
    }

    public static long number(JsonNode node, String field) {
        String v = text(node, field);
        if (v == null || v.isBlank()) {
            return 0;
        }
        try {
            return new BigDecimal(v.strip().replace(",", "")).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return 0;
        }
    }
}
