package io.github.egovsdk.edoc.vxp;

import io.github.egovsdk.core.EgovServiceException;

/**
 * The axis refused a package because its {@code from} agency is not registered under the calling system id
 * ("Don vi gui … khong dung voi ma da dang ky"): register the agency or send from one that is.
 */
public class SenderNotRegisteredException extends EgovServiceException {
    private static final long serialVersionUID = 1L;

    public SenderNotRegisteredException(int status, String code, String message, String requestId, String body) {
        super(status, code, message, requestId, body);
    }
}
