package io.github.egovsdk.civil.interconnect;

import io.github.egovsdk.civil.registration.RegistrationProblem;
import java.util.List;

/**
 * What {@link InterconnectPayloads#inspect(String)} found: the dossier as far as it could be read, every problem
 * (missing or invalid fields; empty when valid) and warnings about tolerated variants (e.g. the attachments were on
 * the outer layer).
 */
public record DecodedDossier(InterconnectDossier dossier, List<RegistrationProblem> problems, List<String> warnings) {
    public DecodedDossier {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
