package io.github.egovsdk.cli;

import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.SerializationFeature;
import io.github.egovsdk.thirdparty.jackson.databind.json.JsonMapper;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.JsonNodeFactory;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/**
 * The CLI's JSON output: one document on stdout, pretty-printed, UTF-8. Trees are built with the node factory and
 * written by {@link JsonTreeText} (jackson-core's generator, the same bytes as the mapper): a short command never
 * pays for building a databind mapper. The mapper is made on first use, for what is not a plain tree.
 */
final class Json {
    private Json() {}

    /** The databind mapper, built when first needed. */
    static JsonMapper mapper() {
        return Mapper.INSTANCE;
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static void print(PrintWriter out, Object node) {
        String text = node instanceof JsonNode tree ? JsonTreeText.write(tree) : null;
        out.println(text != null ? text : mapper().writeValueAsString(node));
        out.flush();
    }

    private static final class Mapper {
        static final JsonMapper INSTANCE =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }
}
