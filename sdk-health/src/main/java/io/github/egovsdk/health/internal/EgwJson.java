package io.github.egovsdk.health.internal;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;

/** Field access that tolerates the gateway's casing differences and missing or non-text values. */
final class EgwJson {
    private EgwJson() {}

    /** The first of {@code names} present as a scalar, stripped; "" when none is. */
    static String text(JsonNode node, String... names) {
        if (node == null || !node.isObject()) {
            return "";
        }
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && v.isValueNode() && !v.isNull()) {
                return v.asString("").strip();
            }
        }
        return "";
    }
}
