package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.edoc.internal.EdxmlDates;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SPI: where an {@link EdocTracker} keeps the documents sent and each recipient's latest status — in memory by
 * default, or {@link JdbcTrackerStore} to share them between instances. Thread-safe.
 */
public interface TrackerStore {

    /** A document as sent: its {@code DocumentId}, issuer, code ({@code number/notation}), date and recipients. */
    record Sent(String documentId, String organId, String code, String date, List<String> recipients) {}

    void sent(Sent sent);

    /** The DocumentId of a sent document, when known. */
    Optional<String> byDocumentId(String documentId);

    /** The sent document with this issuer, code (compared without spaces, case-insensitively) and date. */
    Optional<String> byCode(String organId, String code, String date);

    /**
     * Records a recipient's status unless the recorded one is newer (a re-delivered 01 must not hide a later 03):
     * idempotent, so duplicates of a status message change nothing.
     */
    void status(String documentId, EdocTracker.RecipientStatus status);

    Map<String, EdocTracker.RecipientStatus> latest(String documentId);

    /** {@code code} without spaces, upper case: how codes are compared. */
    static String codeKey(String code) {
        return code == null ? "" : code.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Whether {@code candidate} may replace {@code current}: it is newer by status timestamp or, within the same
     * second (the timestamps' resolution: a recipient often sends 01 and 03 at once, and the axis may list them in
     * either order), its code is not lower — so a late 01 never hides the 03 sent with it.
     */
    static boolean supersedes(EdocTracker.RecipientStatus candidate, EdocTracker.RecipientStatus current) {
        if (current == null) {
            return true;
        }
        var a = EdxmlDates.parseDateTime(candidate.timestamp());
        var b = EdxmlDates.parseDateTime(current.timestamp());
        if (a.isEmpty() || b.isEmpty() || a.get().isAfter(b.get())) {
            return true;
        }
        return !a.get().isBefore(b.get()) && codeRank(candidate.statusCode()) >= codeRank(current.statusCode());
    }

    private static int codeRank(String code) {
        try {
            return Integer.parseInt(code == null ? "" : code.trim());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // an unknown code is kept rather than hidden
        }
    }
}
