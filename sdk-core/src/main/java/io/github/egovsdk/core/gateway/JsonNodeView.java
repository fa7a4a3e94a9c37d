package io.github.egovsdk.core.gateway;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;

/** Reads a field under any of the names a gateway is known to use (casing differs between deployments). */
record JsonNodeView(JsonNode node) {

    /** The first of {@code names} present as a non-blank scalar, as text; null when none is. */
    String firstText(String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && v.isValueNode() && !v.isNull() && !v.asString("").isBlank()) {
                return v.asString().strip();
            }
        }
        return null;
    }
}
