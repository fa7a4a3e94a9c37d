package io.github.egovsdk.cli;

import java.io.PrintWriter;
import io.github.egovsdk.thirdparty.jackson.databind.SerializationFeature;
import io.github.egovsdk.thirdparty.jackson.databind.json.JsonMapper;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;

/** The CLI's JSON output: one document on stdout, pretty-printed, UTF-8. */
final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void print(PrintWriter out, Object node) {
        out.println(MAPPER.writeValueAsString(node));
        out.flush();
    }
}
