package io.github.egovsdk.dvc.dossier;

import java.time.LocalDateTime;

/**
 * A time the dossier's clock stopped (e.g. waiting for supplementary documents, yêu cầu bổ sung): from the request
 * until the applicant supplied them.
 */
public record Suspension(LocalDateTime from, LocalDateTime until) {
    public Suspension {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("A suspension ends after it starts: " + from + " → " + until);
        }
    }
}
