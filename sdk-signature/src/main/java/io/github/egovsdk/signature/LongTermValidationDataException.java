package io.github.egovsdk.signature;

import io.github.egovsdk.core.EgovClientException;

/**
 * B-LT / B-LTA was refused: what a verifier needs offline could not be gathered for one certificate of a chain it
 * validates (signer, issuing CA, TSA, OCSP responder). Nothing is written: a file claiming B-LT without that data
 * would be B-T for every verifier (dữ liệu kiểm tra dài hạn không đầy đủ — không tạo chữ ký B-LT/B-LTA).
 */
public class LongTermValidationDataException extends EgovClientException {
    private static final long serialVersionUID = 1L;

    /** Why the certificate has no usable validation data. */
    public enum Reason {
        /** Its issuer is neither among the known certificates nor reachable through its AIA caIssuers URL. */
        ISSUER_NOT_FOUND(
                "its issuer certificate is not known and cannot be fetched (AIA caIssuers)",
                "không tìm được chứng thư của tổ chức cấp (AIA caIssuers)"),
        /** No OCSP responder or CRL answered for it. */
        REVOCATION_UNAVAILABLE(
                "no OCSP response or CRL can be obtained for it", "không lấy được OCSP hay CRL cho chứng thư này"),
        /** It is revoked. */
        REVOKED("it is revoked", "chứng thư đã bị thu hồi"),
        /** The responder does not know it. */
        UNKNOWN("its revocation status is unknown to the responder", "trạng thái thu hồi không xác định");

        private final String english;
        private final String vietnamese;

        Reason(String english, String vietnamese) {
            this.english = english;
            this.vietnamese = vietnamese;
        }
    }

    private final String subject;
    private final Reason reason;

    public LongTermValidationDataException(String subject, Reason reason) {
        super("Cannot make B-LT validation data: the certificate " + subject + " — " + reason.english
                + " / Không tạo được dữ liệu kiểm tra dài hạn (B-LT): chứng thư " + subject + " — "
                + reason.vietnamese);
        this.subject = subject;
        this.reason = reason;
    }

    /** The certificate's subject (RFC 2253). */
    public String subject() {
        return subject;
    }

    public Reason reason() {
        return reason;
    }
}
