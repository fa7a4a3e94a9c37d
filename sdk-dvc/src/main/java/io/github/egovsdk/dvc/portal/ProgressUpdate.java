package io.github.egovsdk.dvc.portal;

import io.github.egovsdk.dvc.dossier.DossierStatus;
import io.github.egovsdk.dvc.internal.Masks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * One processing step of a dossier ({@code CapNhatTienDoHoSoMC}, tiến độ xử lý). Times are Vietnam local time.
 *
 * @param dossierCode {@code MaHoSo}
 * @param handler     {@code NguoiXuLy} — the officer, at most 50 characters
 * @param title       {@code ChucDanh} — the officer's position; may be null
 * @param at          {@code ThoiDiemXuLy} — when the step was taken
 * @param department  {@code PhongBanXuLy}; may be null
 * @param content     {@code NoiDungXuLy} — what was done
 * @param status      {@code TrangThai} — the dossier's status after the step; may be null
 * @param startedAt   {@code NgayBatDau}; may be null
 * @param dueAt       {@code NgayKetThucTheoQuyDinh} — when the step is due by regulation; may be null
 */
public record ProgressUpdate(
        @NotBlank String dossierCode,
        @NotBlank @Size(max = 50) String handler,
        String title,
        @NotNull LocalDateTime at,
        String department,
        @NotBlank String content,
        DossierStatus status,
        LocalDateTime startedAt,
        LocalDateTime dueAt) {

    /** A step with the required fields only. */
    public static ProgressUpdate of(
            String dossierCode, String handler, String content, DossierStatus status, LocalDateTime at) {
        return new ProgressUpdate(dossierCode, handler, null, at, null, content, status, null, null);
    }

    @Override
    public String toString() {
        return "ProgressUpdate[dossierCode=" + dossierCode + ", handler="
                + Masks.name(handler) + ", at=" + at + ", status="
                + (status == null ? null : status.code()) + "]";
    }
}
