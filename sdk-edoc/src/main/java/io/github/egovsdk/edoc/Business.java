package io.github.egovsdk.edoc;

import java.util.List;
import java.util.Objects;

/**
 * The business block (edXML {@code Bussiness}, real spelling): whether the document is new, revokes, updates or
 * replaces an earlier one, with the sub-structures of each.
 *
 * @param type             new / revoke / update / replace
 * @param documentId       the document concerned; may be null
 * @param reason           reason (lý do); may be null
 * @param paper            whether a paper copy is also sent
 * @param documentInfoChanged for updates: metadata changed
 * @param receiversChanged for updates: recipient list changed
 * @param receivers        for updates: the new recipient list
 * @param replacements     for replacements: what is replaced
 * @param staff            handling officers
 */
public record Business(
        BusinessDocType type,
        String documentId,
        String reason,
        boolean paper,
        boolean documentInfoChanged,
        boolean receiversChanged,
        List<Receiver> receivers,
        List<ReplacementInfo> replacements,
        List<StaffInfo> staff) {

    public Business {
        Objects.requireNonNull(type, "type");
        receivers = List.copyOf(receivers);
        replacements = List.copyOf(replacements);
        staff = List.copyOf(staff);
    }

    /** A new document (the default). */
    public static Business newDocument() {
        return new Business(
                BusinessDocType.NEW,
                null,
                BusinessDocType.NEW.vietnamese(),
                false,
                false,
                false,
                List.of(),
                List.of(),
                List.of());
    }

    public static Business revoke(String documentId, String reason) {
        return new Business(
                BusinessDocType.REVOKE, documentId, reason, false, false, false, List.of(), List.of(), List.of());
    }

    public static Business update(
            String documentId, String reason, boolean documentInfoChanged, List<Receiver> receivers) {
        return new Business(
                BusinessDocType.UPDATE,
                documentId,
                reason,
                false,
                documentInfoChanged,
                !receivers.isEmpty(),
                receivers,
                List.of(),
                List.of());
    }

    public static Business replace(String reason, List<ReplacementInfo> replacements) {
        return new Business(
                BusinessDocType.REPLACE, null, reason, false, false, false, List.of(), replacements, List.of());
    }
}
