package io.github.egovsdk.dvc.internal;

import static io.github.egovsdk.dvc.internal.Json.text;

import io.github.egovsdk.dvc.dossier.ProcedureCode;
import io.github.egovsdk.dvc.procedure.Procedure;
import io.github.egovsdk.dvc.procedure.ProcedureFee;
import io.github.egovsdk.dvc.procedure.ProcessingTime;
import io.github.egovsdk.dvc.procedure.Sector;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code LayThuTuc} (identity-and-public-service-portal.md §8.2): {@code TENTTHC}, {@code LINHVUCTHUCHIEN},
 * {@code CACHTHUCTHUCHIEN[{KENH, THOIGIAN[{THOIGIANGIAIQUYET, DONVITINH, MOTA, PHILEPHI[{SOTIEN, DONVI, MOTA}]}]}]}.
 * The first time limit listed is taken as the procedure's; a unit mentioning hours ({@code giờ}) is hours,
 * anything else working days; a fractional number of days becomes hours (8 per day).
 */
public final class ProcedureWire {
    private ProcedureWire() {}

    public static Procedure read(String requestedCode, JsonNode o) {
        String codeText = text(o, "MATTHC", "MaTTHC");
        ProcedureCode code = ProcedureCode.parse(codeText == null ? requestedCode : codeText);
        JsonNode sector = o.path("LINHVUCTHUCHIEN").path(0);
        Sector s = new Sector(text(sector, "MALINHVUC"), text(sector, "TENLINHVUC"));
        ProcessingTime time = null;
        List<ProcedureFee> fees = new ArrayList<>();
        for (JsonNode way : o.path("CACHTHUCTHUCHIEN")) {
            for (JsonNode t : way.path("THOIGIAN")) {
                if (time == null) {
                    time = time(text(t, "THOIGIANGIAIQUYET"), text(t, "DONVITINH"));
                }
                for (JsonNode f : t.path("PHILEPHI")) {
                    ProcedureFee fee = new ProcedureFee(amount(text(f, "SOTIEN")), text(f, "MOTA"));
                    if (!fees.contains(fee)) {
                        fees.add(fee);
                    }
                }
            }
        }
        return new Procedure(code, text(o, "TENTTHC", "TenTTHC"), s, null, time, fees);
    }

    static ProcessingTime time(String amount, String unit) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        BigDecimal n;
        try {
            n = new BigDecimal(amount.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
        String u = unit == null
                ? ""
                : Normalizer.normalize(unit, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT);
        if (u.contains("gio") || u.contains("hour")) {
            return ProcessingTime.workingHours(
                    n.setScale(0, RoundingMode.CEILING).intValueExact());
        }
        if (n.stripTrailingZeros().scale() <= 0) {
            return ProcessingTime.workingDays(n.intValueExact());
        }
        return ProcessingTime.workingHours(n.multiply(BigDecimal.valueOf(8))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact());
    }

    /** {@code 50000}, {@code 50.000}, {@code 50,000} → 50000; unreadable → 0. */
    static long amount(String text) {
        if (text == null) {
            return 0;
        }
        String t = text.strip().replaceAll("\\s", "");
        if (t.matches("\\d{1,3}([.,]\\d{3})+")) {
            t = t.replaceAll("[.,]", "");
        }
        try {
            return new BigDecimal(t).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return 0;
        }
    }
}
