package io.github.egovsdk.civil.interconnect;

import io.github.egovsdk.civil.CivilModule;

/**
 * One entry of the DVCLT list of dossiers waiting for the province ({@code data[]}): the DVCLT id (for the detail
 * call), unit, procedure, module, mã hồ sơ LT, receipt time as sent (format not published) and the applicant's
 * technical id.
 */
public record PendingDossier(
        String id,
        String unitCode,
        String procedureCode,
        CivilModule module,
        String interconnectCode,
        String receivedAtText,
        String techId) {}
