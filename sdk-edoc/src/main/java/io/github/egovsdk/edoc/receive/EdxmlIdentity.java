package io.github.egovsdk.edoc.receive;

import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.ResponseFor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of an edXML message for deduplication: the same document re-sent (a sender's outbox retrying after a
 * crash, an operator sending twice) arrives as a new axis package but with the same identity. A document is
 * identified by sender, recipient and {@code DocumentId} (or code and promulgation date when it has none); a status
 * message by its sender, the document it reports on, its status code and its timestamp.
 */
public final class EdxmlIdentity {
    private EdxmlIdentity() {}

    /**
     * @param recipient the agency the package was delivered to (one package per recipient: a document sent to two
     *                  agencies of one node is two deliveries, not a duplicate)
     */
    public static String of(ParsedEdxml m, String recipient) {
        String from = m.from() == null ? "" : m.from().organId();
        if (m.kind() == ParsedEdxml.Kind.STATUS) {
            ResponseFor rf = m.responseFor().isEmpty() ? null : m.responseFor().get(0);
            String about = rf == null
                    ? ""
                    : rf.documentId() != null
                            ? rf.documentId()
                            : rf.organId() + "|" + rf.code() + "|" + rf.promulgationDate();
            return "status|" + from + "|" + recipient + "|" + about + "|" + m.statusCode() + "|"
                    + m.statusTimestampRaw();
        }
        String doc = m.documentId() != null && !m.documentId().isBlank()
                ? m.documentId()
                : m.codeNumber() + "/" + m.codeNotation() + "|" + m.promulgationDateRaw();
        return "edoc|" + from + "|" + recipient + "|" + doc;
    }

    /** SHA-256 of the identity, hex: a fixed-length key for stores. */
    public static String sha256(String identity) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
