package io.github.egovsdk.health;

import java.util.Optional;

/**
 * What the gateway answered to a certificate submission.
 *
 * @param accepted        whether it was received ({@code MSG_STATE} 1 for GKSK; {@code maKetQua} 200 for
 *                        birth/death certificates)
 * @param code            {@code MSG_STATE} or {@code maKetQua} as sent
 * @param message         {@code MSG_TEXT}, or the code's meaning ({@link SubmissionResultCode})
 * @param transactionId   {@code UUID} (GKSK) or {@code maGD} (birth/death)
 * @param receivedAt      {@code thoiGianTiepNhan} as sent ("" for GKSK)
 * @param certificateNumber {@code SO} echoed by GKSK ("" otherwise)
 */
public record CertificateReceipt(
        boolean accepted,
        String code,
        String message,
        String transactionId,
        String receivedAt,
        String certificateNumber) {

    /** The birth/death result code as an enum, when it is one of the published codes. */
    public Optional<SubmissionResultCode> submissionCode() {
        return SubmissionResultCode.fromCode(code);
    }
}
