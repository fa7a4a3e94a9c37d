package io.github.egovsdk.dvc.dossier;

import io.github.egovsdk.core.EgovClientException;

/** A dossier was asked to make a status change the lifecycle does not allow; names both statuses. */
public class IllegalTransitionException extends EgovClientException {
    private static final long serialVersionUID = 1L;
    private final DossierStatus current;
    private final DossierStatus requested;

    public IllegalTransitionException(DossierStatus current, DossierStatus requested) {
        super("A dossier in status " + current.code() + " (" + current.english() + ") cannot move to "
                + requested.code() + " (" + requested.english() + ") / Hồ sơ ở trạng thái \"" + current.vietnamese()
                + "\" không thể chuyển sang \"" + requested.vietnamese() + "\"");
        this.current = current;
        this.requested = requested;
    }

    public DossierStatus current() {
        return current;
    }

    public DossierStatus requested() {
        return requested;
    }
}
