package io.github.egovsdk.core.json;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.thirdparty.jackson.annotation.JsonInclude;
import io.github.egovsdk.thirdparty.jackson.core.JacksonException;
import io.github.egovsdk.thirdparty.jackson.databind.DeserializationFeature;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.cfg.DateTimeFeature;
import io.github.egovsdk.thirdparty.jackson.databind.json.JsonMapper;

/**
 * The SDK's one JSON mapper (Jackson 3, relocated), for the modules' wire mapping only — never in a public signature.
 * Tolerant of unknown response fields (services add fields), writes no nulls, ISO-8601 dates (java.time is built
 * into Jackson 3).
 */
public final class EgovJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private EgovJson() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Parses JSON text, or returns {@code null} if it is not JSON (error bodies may be HTML or text). */
    public static JsonNode tryParse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.startsWith("{") && !t.startsWith("[")) {
            return null;
        }
        try {
            return MAPPER.readTree(t);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Serialises a request model; a failure is a programming or input error. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw new EgovClientException("Cannot serialise " + value.getClass().getSimpleName() + " to JSON", e);
        }
    }
}
