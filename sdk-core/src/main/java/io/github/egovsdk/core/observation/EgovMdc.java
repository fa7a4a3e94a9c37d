package io.github.egovsdk.core.observation;

import io.github.egovsdk.core.privacy.Redactor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.MDC;

/**
 * SLF4J MDC keys the SDK sets while it works, so a vendor's log lines correlate with the call that produced them
 * (add {@code %X{egov.requestId}} etc. to the log pattern). Values pass through {@link Redactor#redact(String)}
 * first (personal ID numbers masked); every scope restores the keys' previous values when closed.
 *
 * <ul>
 *   <li>{@value #REQUEST_ID} — an id the SDK gives each HTTP call (all its attempts share it);</li>
 *   <li>{@value #SERVICE} and {@value #OPERATION} — as in the call's {@link ObservationContext};</li>
 *   <li>{@value #DOCUMENT_ID} — the axis document id (edXML {@code DocumentId}) being sent, fetched or handled;</li>
 *   <li>{@value #DOSSIER_CODE} — the dossier code (mã hồ sơ) being synchronised or paid.</li>
 * </ul>
 */
public final class EgovMdc {
    public static final String REQUEST_ID = "egov.requestId";
    public static final String SERVICE = "egov.service";
    public static final String OPERATION = "egov.operation";
    public static final String DOCUMENT_ID = "egov.docId";
    public static final String DOSSIER_CODE = "egov.dossierCode";

    private EgovMdc() {}

    /** Sets {@code key} (value redacted; nothing when {@code value} is null) until the scope is closed. */
    public static Scope put(String key, String value) {
        return putAll(value == null ? Map.of() : Map.of(key, value));
    }

    /** Sets every entry (values redacted, null values skipped) until the scope is closed. */
    public static Scope putAll(Map<String, String> entries) {
        if (entries.isEmpty()) {
            return Scope.NOOP;
        }
        Map<String, String> previous = new LinkedHashMap<>();
        entries.forEach((k, v) -> {
            if (v != null) {
                previous.put(k, MDC.get(k));
                MDC.put(k, Redactor.redact(v));
            }
        });
        return () -> previous.forEach((k, old) -> {
            if (old == null) {
                MDC.remove(k);
            } else {
                MDC.put(k, old);
            }
        });
    }

    /** The axis document id, for the scope's duration. */
    public static Scope documentId(String documentId) {
        return put(DOCUMENT_ID, documentId);
    }

    /** The dossier code (mã hồ sơ), for the scope's duration. */
    public static Scope dossierCode(String dossierCode) {
        return put(DOSSIER_CODE, dossierCode);
    }

    /** Restores the MDC keys a {@code put} changed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        Scope NOOP = () -> {};

        @Override
        void close();
    }
}
