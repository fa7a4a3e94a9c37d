package io.github.egovsdk.civil.justice;

import io.github.egovsdk.civil.CivilModule;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One dossier's state in the ministry's civil-status software ({@code LayKetQua} {@code value[]}): codes, the status
 * (and its raw code), when ({@code thoiGianThucHien}, strictly {@code dd/MM/yyyy HH:mm:ss}), the note or refusal
 * reason, the handler (stored as the result's signer), title and department (the issuing body), the supplementation
 * content and deadline, and — in status 4 — the {@link RegistrationCertificate}.
 */
public record CivilStatusResult(
        CivilModule module,
        String unitCode,
        String provinceCode,
        String interconnectCode,
        String localCode,
        String errors,
        JusticeStatus status,
        String statusCode,
        LocalDateTime performedAt,
        String note,
        String handler,
        String title,
        String department,
        String content,
        LocalDateTime supplementDeadline,
        RegistrationCertificate certificateOrNull) {

    public Optional<RegistrationCertificate> certificate() {
        return Optional.ofNullable(certificateOrNull);
    }
}
