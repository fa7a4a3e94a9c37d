package io.github.egovsdk.core;

import java.util.List;
import java.util.stream.Collectors;

/** Input failed validation; {@link #violations()} lists every broken rule, not only the first. */
public class ValidationException extends EgovClientException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public ValidationException(String subject, List<Violation> violations) {
        super("Invalid " + subject + ": "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
