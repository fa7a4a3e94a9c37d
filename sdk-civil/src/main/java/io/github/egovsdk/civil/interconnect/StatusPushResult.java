package io.github.egovsdk.civil.interconnect;

import java.util.List;
import java.util.Map;

/**
 * The DVCLT answer to a status push: how it was classified, the message ({@code title} of the ProblemDetails-like
 * reply, or the reply text) and the validation errors keyed by request field ({@code errors.soHoSoLT[]} …).
 */
public record StatusPushResult(StatusPushOutcome outcome, String message, Map<String, List<String>> fieldErrors) {
    public StatusPushResult {
        fieldErrors = Map.copyOf(fieldErrors);
    }
}
