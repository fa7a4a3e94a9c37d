package io.github.egovsdk.dvc.portal;

import java.util.Map;

/**
 * A procedure in the portal's list ({@code LayDanhSachTTHC}). The list's field names are not documented publicly:
 * the code and name are read from {@code MATTHC}/{@code MaTTHC} and {@code TENTTHC}/{@code TenTTHC}; every other
 * field is kept as text.
 *
 * @param code        the procedure code (mã TTHC) as sent
 * @param name        its name
 * @param otherFields the remaining fields
 */
public record ProcedureSummary(String code, String name, Map<String, String> otherFields) {
    public ProcedureSummary {
        otherFields = Map.copyOf(otherFields);
    }
}
