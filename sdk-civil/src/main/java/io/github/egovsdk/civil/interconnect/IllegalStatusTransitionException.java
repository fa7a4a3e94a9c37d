package io.github.egovsdk.civil.interconnect;

import io.github.egovsdk.core.EgovClientException;

/** A status push that the interconnected flow does not allow after the dossier's last status. */
public class IllegalStatusTransitionException extends EgovClientException {
    private static final long serialVersionUID = 1L;
    private final InterconnectStatus from;
    private final InterconnectStatus to;

    public IllegalStatusTransitionException(InterconnectStatus from, InterconnectStatus to) {
        super("Status " + to.code() + " (" + to + ") cannot follow "
                + (from == null ? "nothing" : from.code() + " (" + from + ")") + " / Trạng thái " + to.code()
                + " không được phép sau "
                + (from == null ? "khi chưa có trạng thái nào" : "trạng thái " + from.code()));
        this.from = from;
        this.to = to;
    }

    /** The last status; null when none was pushed. */
    public InterconnectStatus from() {
        return from;
    }

    public InterconnectStatus to() {
        return to;
    }
}
