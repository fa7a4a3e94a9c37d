package io.github.egovsdk.edoc;

import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.validation.ValidAgencyCode;
import io.github.egovsdk.core.validation.Validation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A status (acknowledgement) message (thông điệp trạng thái): the reporting agency, the document it is about, a
 * status code, a description and a timestamp. It has no recipients: the axis routes it back to
 * {@code responseFor.organId()}.
 *
 * <p>Example:
 * <pre>{@code
 * ParsedEdxml doc = EdxmlReader.builder().build().read(received);
 * ResponseFor about = ResponseFor.of(doc.from().organId(), new DocumentCode(doc.codeNumber(), doc.codeNotation()),
 *         doc.promulgationDate().orElseThrow(), doc.documentId());
 * StatusMessage accepted = StatusMessage.of(self, about, StatusCode.ACCEPTED, LocalDateTime.now());
 * EdxmlWriter.standard().write(accepted, Path.of("status.edxml"));
 * axis.sendStatus(Path.of("status.edxml"), self.organId());      // routed back to the sender
 * }</pre>
 *
 * @param from        the agency reporting
 * @param responseFor the original document
 * @param staffInfo   the officer; may be null
 * @param statusCode  the two-digit code as sent (see {@link StatusCode} for the nine known ones)
 * @param description free text
 * @param timestamp   when (Vietnam local time)
 */
public record StatusMessage(
        @NotNull @Valid Organization from,
        @NotNull ResponseFor responseFor,
        StaffInfo staffInfo,
        @NotBlank String statusCode,
        String description,
        @NotNull LocalDateTime timestamp) {

    /** A status with one of the known codes and its Vietnamese description. */
    public static StatusMessage of(Organization from, ResponseFor responseFor, StatusCode code, LocalDateTime at) {
        return Validation.validate(
                new StatusMessage(from, responseFor, null, code.code(), code.vietnamese(), at), "edXML status");
    }

    /**
     * A status answering {@code about}, validated like a document: required fields, and the reporting agency's and
     * the original sender's codes strictly (Decision 20/2020/QĐ-TTg form). {@code description} null means the code's
     * Vietnamese text.
     *
     * @throws io.github.egovsdk.core.ValidationException listing every violation
     */
    public static StatusMessage of(
            Organization from,
            ResponseFor about,
            StatusCode code,
            String description,
            StaffInfo staff,
            LocalDateTime at) {
        StatusMessage status = new StatusMessage(
                from, about, staff, code.code(), description == null ? code.vietnamese() : description, at);
        Locale locale = Locale.getDefault();
        List<Violation> violations = new ArrayList<>(Validation.violations(status, locale));
        for (Violation v : Validation.violations(
                new Codes(from == null ? null : from.organId(), about == null ? null : about.organId()), locale)) {
            String path = v.propertyPath().equals("from") ? "from.organId" : "responseFor.organId";
            violations.add(new Violation(path, v.rule(), v.message(), v.invalidValue()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException("edXML status", violations);
        }
        return status;
    }

    /** Strict agency-code check of what we send. */
    private record Codes(
            @ValidAgencyCode String from, @ValidAgencyCode String about) {}

    /** The known code, if it is one of the nine. */
    public Optional<StatusCode> knownStatus() {
        return StatusCode.fromCode(statusCode);
    }
}
