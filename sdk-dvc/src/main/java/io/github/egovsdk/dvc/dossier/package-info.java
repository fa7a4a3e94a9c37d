/**
 * Dossiers (hồ sơ) of the one-stop office: the portal's dossier model ({@link io.github.egovsdk.dvc.dossier.Dossier}
 * with applicant, documents, fees, supplementary requests, results and the 2025 fields), status lifecycle of the
 * national portal, dossier codes per Circular 01/2018/TT-VPCP with a counter SPI, procedure codes (mã TTHC) and
 * appointment dates.
 */
package io.github.egovsdk.dvc.dossier;
