package io.github.egovsdk.samples.onestop;

import java.time.LocalDate;

/** A dossier (hồ sơ) as the office's front desk sends it: the procedure and the citizen who applies. */
public record DossierRequest(
        String procedureCode, String personalId, String fullName, LocalDate dateOfBirth, String summary) {}
