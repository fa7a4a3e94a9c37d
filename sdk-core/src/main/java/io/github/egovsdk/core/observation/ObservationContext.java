package io.github.egovsdk.core.observation;

import java.util.Map;
import java.util.Objects;

/**
 * What an SDK operation is, before it runs: its {@code name} (the metric / span name, e.g. {@code egov.http.client},
 * {@code egov.signature.sign}), the {@code service} it talks to or the component doing it (e.g. {@code VxpClient},
 * {@code pades}), the {@code operation} (e.g. {@code POST}, {@code sendDocument}, {@code parse}) and a few
 * low-cardinality attributes (for HTTP: {@code http.request.method}, {@code server.address}, {@code server.port},
 * {@code url.scheme}).
 *
 * <p>Never personal data: no URL paths or queries (they may hold personal ID numbers or tokens), no document ids,
 * no names. The SDK builds contexts only from the values listed above; handlers may forward them as tags unchanged.
 *
 * @param name       metric / span name, dot-separated, lower case
 * @param service    the service or component, never {@code null}
 * @param operation  what is done, never {@code null}
 * @param attributes low-cardinality attributes, immutable
 */
public record ObservationContext(String name, String service, String operation, Map<String, String> attributes) {
    /** Name of every HTTP call the SDK makes. */
    public static final String HTTP_CLIENT = "egov.http.client";
    /** Name of a signature made by a signer (PAdES, XAdES, CAdES, remote). */
    public static final String SIGN = "egov.signature.sign";
    /** Name of a signature verification. */
    public static final String VERIFY = "egov.signature.verify";
    /** Name of an edXML message parse. */
    public static final String EDXML_PARSE = "egov.edxml.parse";
    /** Name of an edXML message build (write). */
    public static final String EDXML_BUILD = "egov.edxml.build";
    /** Name of one pass of the axis receive loop. */
    public static final String RECEIVE_PASS = "egov.edoc.receive.pass";

    public ObservationContext {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
    }

    /** A context without attributes. */
    public static ObservationContext of(String name, String service, String operation) {
        return new ObservationContext(name, service, operation, Map.of());
    }
}
