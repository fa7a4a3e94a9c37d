package io.github.egovsdk.edoc;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A message as read, tolerant of real-world deviations (each one in {@link #warnings()}): a document (văn bản) or a
 * status (trạng thái). Dates are kept raw as written, with a parsed value when the text is a real date.
 */
public record ParsedEdxml(Kind kind, Organization from, List<Organization> to, String documentId, String codeNumber,
        String codeNotation, String promulgationPlace, String promulgationDateRaw, String subject, String content,
        DocumentType documentType, SignerInfo signerInfo, String dueDateRaw, OtherInfo otherInfo,
        List<ResponseFor> responseFor, Integer steeringType, List<String> toPlaces, List<TraceHeader> traceHeaders,
        Optional<Business> business, String businessDocTypeRaw, String statusCode, String statusDescription,
        String statusTimestampRaw, StaffInfo staffInfo, List<ParsedAttachment> attachments,
        EnvelopeSignature signature, List<String> warnings) {

    /** Document or status message. */
    public enum Kind {
        EDOC, STATUS
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
        return io.github.egovsdk.edoc.internal.EdxmlDates.parseDate(promulgationDateRaw);
    }

    public Optional<StatusCode> knownStatus() {
        return statusCode == null ? Optional.empty() : StatusCode.fromCode(statusCode);
    }

    public Optional<BusinessDocType> businessDocType() {
        return business.map(Business::type);
    }
}
