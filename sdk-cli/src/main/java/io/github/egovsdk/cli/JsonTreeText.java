package io.github.egovsdk.cli;

import io.github.egovsdk.thirdparty.jackson.core.JsonGenerator;
import io.github.egovsdk.thirdparty.jackson.core.ObjectWriteContext;
import io.github.egovsdk.thirdparty.jackson.core.PrettyPrinter;
import io.github.egovsdk.thirdparty.jackson.core.json.JsonFactory;
import io.github.egovsdk.thirdparty.jackson.core.util.DefaultPrettyPrinter;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.BigIntegerNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.DecimalNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.DoubleNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.FloatNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.IntNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ShortNode;
import java.io.StringWriter;
import java.util.Map;

/**
 * A JSON tree as pretty-printed text through jackson-core's generator and default pretty printer alone — what the
 * databind mapper with {@code INDENT_OUTPUT} writes for the same tree, without building the mapper (a large share of
 * a short command's start). Plain trees only: {@code null} for a node it does not write (binary, POJO, missing).
 */
final class JsonTreeText {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private JsonTreeText() {}

    /** The tree as text; {@code null} when it holds a node other than object, array, string, number, boolean, null. */
    static String write(JsonNode tree) {
        if (!plain(tree)) {
            return null;
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(PRETTY, text)) {
            write(g, tree);
        }
        return text.toString();
    }

    private static boolean plain(JsonNode n) {
        return switch (n.getNodeType()) {
            case OBJECT, ARRAY -> n.values().stream().allMatch(JsonTreeText::plain);
            case STRING, NUMBER, BOOLEAN, NULL -> true;
            default -> false;
        };
    }

    private static void write(JsonGenerator g, JsonNode n) {
        switch (n.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : n.properties()) {
                    g.writeName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode v : n.values()) {
                    write(g, v);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(n.stringValue());
            case NUMBER -> number(g, n);
            case BOOLEAN -> g.writeBoolean(n.booleanValue());
            default -> g.writeNull();
        }
    }

    private static void number(JsonGenerator g, JsonNode n) {
        if (n instanceof DecimalNode) {
            g.writeNumber(n.decimalValue());
        } else if (n instanceof BigIntegerNode) {
            g.writeNumber(n.bigIntegerValue());
        } else if (n instanceof DoubleNode) {
            g.writeNumber(n.doubleValue());
        } else if (n instanceof FloatNode) {
            g.writeNumber(n.floatValue());
        } else if (n instanceof IntNode || n instanceof ShortNode) {
            g.writeNumber(n.intValue());
        } else {
            g.writeNumber(n.longValue());
        }
    }
}
