package io.github.egovsdk.dvc.payment;

import io.github.egovsdk.core.EgovClientException;

/** A payment message's {@code MaXacThuc} does not match: the message is not trusted and nothing is changed. */
public class InvalidPaymentMacException extends EgovClientException {
    private static final long serialVersionUID = 1L;

    public InvalidPaymentMacException() {
        super("The payment message's MaXacThuc does not match: rejected, nothing changed / Mã xác thực không khớp: từ"
                + " chối, không thay đổi dữ liệu");
    }
}
