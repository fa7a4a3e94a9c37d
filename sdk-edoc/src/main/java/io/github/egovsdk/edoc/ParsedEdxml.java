package io.github.egovsdk.edoc;

import io.github.egovsdk.edoc.internal.EdxmlDates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message as read, tolerant of real-world deviations (each one in {@link #warnings()}): a document (văn bản) or a
 * status (trạng thái). Dates are kept raw as written, with a parsed value when the text is a real date.
 */
public record ParsedEdxml(
        Kind kind,
        Organization from,
        List<Organization> to,
        String documentId,
        String codeNumber,
        String codeNotation,
        String promulgationPlace,
        String promulgationDateRaw,
        String subject,
        String content,
        DocumentType documentType,
        SignerInfo signerInfo,
        String dueDateRaw,
        OtherInfo otherInfo,
        List<ResponseFor> responseFor,
        Integer steeringType,
        List<String> toPlaces,
        List<TraceHeader> traceHeaders,
        Optional<Business> business,
        String businessDocTypeRaw,
        String statusCode,
        String statusDescription,
        String statusTimestampRaw,
        StaffInfo staffInfo,
        List<ParsedAttachment> attachments,
        EnvelopeSignature signature,
        List<String> warnings) {

    /** Document or status message. */
    public enum Kind {
        EDOC,
        STATUS
    }

    public ParsedEdxml {
        to = List.copyOf(to);
        responseFor = List.copyOf(responseFor);
        toPlaces = List.copyOf(toPlaces);
        traceHeaders = List.copyOf(traceHeaders);
        attachments = List.copyOf(attachments);
        warnings = List.copyOf(warnings);
    }

    public Optional<LocalDate> promulgationDate() {
        return EdxmlDates.parseDate(promulgationDateRaw);
    }

    public Optional<StatusCode> knownStatus() {
        return statusCode == null ? Optional.empty() : StatusCode.fromCode(statusCode);
    }

    public Optional<BusinessDocType> businessDocType() {
        return business.map(Business::type);
    }

    /**
     * The documents this one revokes, updates or replaces, by {@code DocumentId} (without repeats, in message order):
     * for REVOKE and UPDATE the {@code ResponseFor} entries and {@code Bussiness/DocumentId}, for REPLACE the
     * {@code ReplacementInfo} entries. Empty for a new document and for a status message.
     */
    public List<String> targetDocumentIds() {
        if (kind != Kind.EDOC || business.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        Business b = business.get();
        switch (b.type()) {
            case REVOKE, UPDATE -> {
                responseFor.stream()
                        .map(ResponseFor::documentId)
                        .filter(Objects::nonNull)
                        .forEach(ids::add);
                if (b.documentId() != null) {
                    ids.add(b.documentId());
                }
            }
            case REPLACE ->
                b.replacements().stream()
                        .map(ReplacementInfo::documentId)
                        .filter(Objects::nonNull)
                        .forEach(ids::add);
            default -> {
                // a new document acts on nothing
            }
        }
        return List.copyOf(ids);
    }

    /**
     * This document as a model again (to forward, store or re-send it). Attachments must have been kept in a folder
     * ({@link EdxmlReader.Builder#attachmentDirectory}); validation applies as for any new document.
     */
    public EdocDocument asDocument() {
        if (kind != Kind.EDOC) {
            throw new EdxmlFormatException("A status message is not a document; use asStatus()");
        }
        EdocDocument.Builder b = EdocDocument.builder()
                .from(from)
                .to(to)
                .documentId(documentId)
                .code(codeNumber, codeNotation)
                .promulgation(
                        promulgationPlace,
                        promulgationDate()
                                .orElseThrow(() -> new EdxmlFormatException(
                                        "PromulgationDate '" + promulgationDateRaw + "' is not a date")))
                .documentType(documentType)
                .subject(subject)
                .content(content)
                .signerInfo(signerInfo)
                .dueDate(EdxmlDates.parseDate(dueDateRaw).orElse(null))
                .otherInfo(otherInfo)
                .steeringType(steeringType == null ? 0 : steeringType);
        responseFor.forEach(b::responseFor);
        toPlaces.forEach(b::toPlace);
        traceHeaders.forEach(b::traceHeader);
        business.ifPresent(b::business);
        for (ParsedAttachment a : attachments) {
            Path file = a.contentFile()
                    .orElseThrow(() -> new EdxmlFormatException("Attachment '" + a.name()
                            + "' was not kept: read with an attachment directory to rebuild the document"));
            b.attachment(Attachment.of(
                    a.contentId(),
                    a.name(),
                    a.deliveredContentType(),
                    a.description(),
                    () -> Files.newInputStream(file)));
        }
        return b.build();
    }

    /** This status message as a model. */
    public StatusMessage asStatus() {
        if (kind != Kind.STATUS) {
            throw new EdxmlFormatException("A document is not a status message; use asDocument()");
        }
        return new StatusMessage(
                from,
                responseFor.isEmpty() ? null : responseFor.get(0),
                staffInfo,
                statusCode,
                statusDescription,
                EdxmlDates.parseDateTime(statusTimestampRaw)
                        .orElseThrow(() -> new EdxmlFormatException(
                                "Status Timestamp '" + statusTimestampRaw + "' is not a date-time")));
    }
}
