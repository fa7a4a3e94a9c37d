package io.github.egovsdk.edoc;

import io.github.egovsdk.core.validation.Validation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/**
 * A status (acknowledgement) message (thông điệp trạng thái): the reporting agency, the document it is about, a
 * status code, a description and a timestamp. It has no recipients: the axis routes it back to
 * {@code responseFor.organId()}.
 *
 * @param from        the agency reporting
 * @param responseFor the original document
 * @param staffInfo   the officer; may be null
 * @param statusCode  the two-digit code as sent (see {@link StatusCode} for the nine known ones)
 * @param description free text
 * @param timestamp   when (Vietnam local time)
 */
public record StatusMessage(@NotNull @Valid Organization from, @NotNull ResponseFor responseFor, StaffInfo staffInfo,
        @NotBlank String statusCode, String description, @NotNull LocalDateTime timestamp) {

    /** A status with one of the known codes and its Vietnamese description. */
    public static StatusMessage of(Organization from, ResponseFor responseFor, StatusCode code, LocalDateTime at) {
        return Validation.validate(new StatusMessage(from, responseFor, null, code.code(), code.vietnamese(), at),
                "edXML status");
    }

    /** The known code, if it is one of the nine. */
    public java.util.Optional<StatusCode> knownStatus() {
        return StatusCode.fromCode(statusCode);
    }
}
