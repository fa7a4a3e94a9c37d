package io.github.egovsdk.dvc.procedure;

import io.github.egovsdk.core.validation.Validation;
import io.github.egovsdk.dvc.dossier.ProcedureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An administrative procedure (thủ tục hành chính, TTHC). Create with {@link #of}, which validates and names every
 * broken field.
 *
 * @param code            the procedure code (mã TTHC)
 * @param name            its name (tên thủ tục)
 * @param sector          its field (lĩnh vực)
 * @param onlineLevel     online service level (mức độ dịch vụ công trực tuyến); null when the source does not say
 *                        (the portal's {@code LayThuTuc} has no such field)
 * @param processingTime  processing time (thời gian giải quyết)
 * @param fees            fees and charges (phí, lệ phí); empty when free
 */
public record Procedure(
        @NotNull ProcedureCode code,
        @NotBlank String name,
        @NotNull @Valid Sector sector,
        OnlineServiceLevel onlineLevel,
        @NotNull @Valid ProcessingTime processingTime,
        @NotNull List<@Valid @NotNull ProcedureFee> fees) {

    public Procedure {
        fees = fees == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(fees));
    }

    /** A validated procedure; throws {@link io.github.egovsdk.core.ValidationException} naming every broken field. */
    public static Procedure of(
            ProcedureCode code,
            String name,
            Sector sector,
            OnlineServiceLevel onlineLevel,
            ProcessingTime processingTime,
            List<ProcedureFee> fees) {
        return Validation.validate(
                new Procedure(code, name, sector, onlineLevel, processingTime, fees),
                "procedure " + (code == null ? null : code.raw()));
    }

    /** Sum of the fees in VND. */
    public long totalFeesVnd() {
        return fees.stream().mapToLong(ProcedureFee::amountVnd).sum();
    }
}
