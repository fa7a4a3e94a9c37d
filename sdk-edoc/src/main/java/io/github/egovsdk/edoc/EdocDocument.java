package io.github.egovsdk.edoc;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.validation.ValidAgencyCode;
import io.github.egovsdk.core.validation.Validation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An official document message (văn bản điện tử) in edXML (QCVN 102:2016): header, trace, business block and
 * attachments. Build with {@link #builder()}; {@link Builder#build()} validates every field and throws
 * {@link io.github.egovsdk.core.ValidationException} listing what is wrong.
 *
 * <p>Example:
 * <pre>{@code
 * EdocDocument doc = EdocDocument.builder()
 *         .from(Organization.of("000.00.00.H27", "UBND tỉnh Bắc Ninh"))
 *         .to(Organization.of("000.00.01.H27", "Sở Tư pháp"))
 *         .code("123", "UBND-VP").promulgation("Bắc Ninh", LocalDate.now())
 *         .subject("V/v triển khai liên thông văn bản điện tử")
 *         .attachment(Attachment.ofFile("1", signedPdf))
 *         .build();                                    // ValidationException naming every invalid field
 * EdxmlWriter.standard().write(doc, Path.of("cong-van.edxml"));
 * }</pre>
 */
public final class EdocDocument {
    @NotNull
    @Valid
    private final Organization from;

    @NotEmpty
    private final List<@Valid Organization> to;

    @NotBlank
    private final String documentId;

    @NotNull
    @Valid
    private final DocumentCode code;

    private final String place;

    @NotNull
    private final LocalDate promulgationDate;

    private final DocumentType documentType;

    @NotBlank
    private final String subject;

    private final String content;
    private final SignerInfo signerInfo;
    private final LocalDate dueDate;
    private final OtherInfo otherInfo;
    private final List<ResponseFor> responseFor;
    private final int steeringType;
    private final List<String> toPlaces;
    private final List<TraceHeader> traceHeaders;

    @NotNull
    private final Business business;

    private final List<Attachment> attachments;

    private EdocDocument(Builder b) {
        this.from = b.from;
        this.to = List.copyOf(b.to);
        this.code = b.code;
        this.promulgationDate = b.promulgationDate;
        this.documentId = b.documentId != null ? b.documentId : defaultDocumentId(b);
        this.place = b.place;
        this.documentType = b.documentType;
        this.subject = b.subject;
        this.content = b.content;
        this.signerInfo = b.signerInfo;
        this.dueDate = b.dueDate;
        this.otherInfo = b.otherInfo;
        this.responseFor = List.copyOf(b.responseFor);
        this.steeringType = b.steeringType;
        this.toPlaces = List.copyOf(b.toPlaces);
        this.traceHeaders = List.copyOf(b.traceHeaders);
        this.business = b.business;
        this.attachments = List.copyOf(b.attachments);
    }

    private static String defaultDocumentId(Builder b) {
        if (b.from == null || b.code == null || b.promulgationDate == null) {
            return null;
        }
        return DocumentId.of(b.from.organId(), b.promulgationDate, b.code).value();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Organization from() {
        return from;
    }

    public List<Organization> to() {
        return to;
    }

    public String documentId() {
        return documentId;
    }

    public DocumentCode code() {
        return code;
    }

    public String place() {
        return place;
    }

    public LocalDate promulgationDate() {
        return promulgationDate;
    }

    public DocumentType documentType() {
        return documentType;
    }

    public String subject() {
        return subject;
    }

    public String content() {
        return content;
    }

    public SignerInfo signerInfo() {
        return signerInfo;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public OtherInfo otherInfo() {
        return otherInfo;
    }

    public List<ResponseFor> responseFor() {
        return responseFor;
    }

    public int steeringType() {
        return steeringType;
    }

    public List<String> toPlaces() {
        return toPlaces;
    }

    public List<TraceHeader> traceHeaders() {
        return traceHeaders;
    }

    public Business business() {
        return business;
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    /** Builder of {@link EdocDocument}. */
    public static final class Builder {
        private Organization from;
        private final List<Organization> to = new ArrayList<>();
        private String documentId;
        private DocumentCode code;
        private String place;
        private LocalDate promulgationDate;
        private DocumentType documentType = DocumentType.officialLetter();
        private String subject;
        private String content;
        private SignerInfo signerInfo;
        private LocalDate dueDate;
        private OtherInfo otherInfo = OtherInfo.normal();
        private final List<ResponseFor> responseFor = new ArrayList<>();
        private int steeringType;
        private final List<String> toPlaces = new ArrayList<>();
        private final List<TraceHeader> traceHeaders = new ArrayList<>();
        private Business business = Business.newDocument();
        private final List<Attachment> attachments = new ArrayList<>();

        private Builder() {}

        public Builder from(Organization from) {
            this.from = from;
            return this;
        }

        public Builder to(Organization recipient) {
            this.to.add(recipient);
            return this;
        }

        public Builder to(List<Organization> recipients) {
            this.to.addAll(recipients);
            return this;
        }

        /** Overrides the conventional {@code {from},{date},{number}/{notation}} id. */
        public Builder documentId(String documentId) {
            this.documentId = documentId;
            return this;
        }

        public Builder code(DocumentCode code) {
            this.code = code;
            return this;
        }

        public Builder code(String number, String notation) {
            return code(new DocumentCode(number, notation));
        }

        public Builder promulgation(String place, LocalDate date) {
            this.place = place;
            this.promulgationDate = date;
            return this;
        }

        public Builder documentType(DocumentType documentType) {
            this.documentType = documentType;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder content(String content) {
            this.content = content;
            return this;
        }

        public Builder signerInfo(SignerInfo signerInfo) {
            this.signerInfo = signerInfo;
            return this;
        }

        public Builder dueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
            return this;
        }

        public Builder otherInfo(OtherInfo otherInfo) {
            this.otherInfo = otherInfo;
            return this;
        }

        public Builder responseFor(ResponseFor responseFor) {
            this.responseFor.add(responseFor);
            return this;
        }

        public Builder steeringType(int steeringType) {
            this.steeringType = steeringType;
            return this;
        }

        public Builder toPlace(String place) {
            this.toPlaces.add(place);
            return this;
        }

        public Builder traceHeader(TraceHeader traceHeader) {
            this.traceHeaders.add(traceHeader);
            return this;
        }

        public Builder business(Business business) {
            this.business = business;
            return this;
        }

        public Builder attachment(Attachment attachment) {
            this.attachments.add(attachment);
            return this;
        }

        /**
         * Validates (agency codes strictly, required fields, and for REVOKE/UPDATE a {@link #responseFor} naming the
         * document acted on, for REPLACE a {@link Business#replacements()} entry) and builds; every violation is
         * listed in one {@link io.github.egovsdk.core.ValidationException}.
         */
        public EdocDocument build() {
            EdocDocument doc = new EdocDocument(this);
            Locale locale = Locale.getDefault();
            List<Violation> violations = new ArrayList<>(Validation.violations(doc, locale));
            violations.addAll(Validation.violations(
                    new Codes(
                            from == null ? null : from.organId(),
                            to.stream().map(Organization::organId).toList()),
                    locale));
            violations.addAll(BusinessTargets.violations(doc));
            if (!violations.isEmpty()) {
                throw new ValidationException("edXML document", violations);
            }
            return doc;
        }
    }

    /** Strict agency-code check of what we send. */
    private record Codes(@ValidAgencyCode String from, List<@ValidAgencyCode String> to) {}
}
