package io.github.egovsdk.civil.registration;

import io.github.egovsdk.core.ValidationException;
import java.util.List;

/**
 * A dossier was decoded but its registration breaks a rule: a field the hand-off needs is missing, a date is in none
 * of the accepted formats, a value is too long. {@link #problems()} names every field (in English and Vietnamese).
 */
public class InvalidRegistrationException extends ValidationException {
    private static final long serialVersionUID = 1L;
    private final transient List<RegistrationProblem> problems;

    public InvalidRegistrationException(String subject, List<RegistrationProblem> problems) {
        super(subject, problems.stream().map(RegistrationProblem::toViolation).toList());
        this.problems = List.copyOf(problems);
    }

    public List<RegistrationProblem> problems() {
        return problems;
    }
}
