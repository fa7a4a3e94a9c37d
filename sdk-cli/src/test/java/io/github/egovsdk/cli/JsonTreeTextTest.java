package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class JsonTreeTextTest {

    @Test
    void write_whenPlainTree_givesTheMappersExactText() {
        ObjectNode root = Json.object();
        root.put("valid", true)
                .put("kind", "PERSONAL_ID")
                .put("provinceName", "Hà Nội")
                .put("birthYear", 1999)
                .put("big", 12345678901234L)
                .put("ratio", 0.25)
                .put("f", 1.5f)
                .put("amount", new BigDecimal("150000.00"))
                .put("huge", new BigInteger("123456789012345678901234567890"))
                .put("short", (short) 7)
                .put("escapes", "quote \" backslash \\ tab \t newline \n bell \u0007 slash /")
                .putNull("none");
        root.putArray("warnings");
        root.putObject("empty");
        ArrayNode list = root.putArray("files");
        list.addObject()
                .put("file", "a.pdf")
                .putArray("signatures")
                .add(1)
                .add("two")
                .addNull();
        list.add(Json.array().add(false)).add(Json.object());

        assertThat(JsonTreeText.write(root)).isEqualTo(Json.mapper().writeValueAsString(root));
    }

    @Test
    void write_whenTreeHoldsBinary_leavesItToTheMapper() {
        ObjectNode root = Json.object().put("data", new byte[] {1, 2, 3});

        assertThat(JsonTreeText.write(root)).isNull();
    }
}
