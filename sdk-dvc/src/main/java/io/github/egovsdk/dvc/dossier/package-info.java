/**
 * Dossiers (hồ sơ) of the one-stop office: status lifecycle of the national portal, dossier codes per Circular
 * 01/2018/TT-VPCP, procedure codes (mã TTHC).
 */
package io.github.egovsdk.dvc.dossier;
