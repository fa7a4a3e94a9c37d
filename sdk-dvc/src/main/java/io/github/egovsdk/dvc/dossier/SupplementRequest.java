package io.github.egovsdk.dvc.dossier;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A request for supplementary documents ({@code DanhSachHoSoBoSung}, yêu cầu bổ sung hồ sơ). Times are Vietnam local
 * time (Asia/Ho_Chi_Minh). The portal's shapes of {@code DanhSachGiayToBoSung} and {@code DanhSachLePhiBoSung} are not
 * public: they are kept as the text sent or received.
 *
 * @param id              {@code HoSoBoSungId}
 * @param requestedBy     {@code NguoiYeuCauBoSung} — the officer
 * @param content         {@code NoiDungBoSung} — what is asked for
 * @param requestedAt     {@code NgayBoSung}
 * @param receivedBy      {@code NguoiTiepNhanBoSung}; may be null
 * @param receiptInfo     {@code ThongTinTiepNhan}; may be null
 * @param suppliedAt      {@code NgayTiepNhanBoSung} — when the documents arrived; null while waiting
 * @param status          {@code TrangThaiBoSung}, as the portal codes it; may be null
 * @param documents       {@code DanhSachGiayToBoSung}, raw; may be null
 * @param fees            {@code DanhSachLePhiBoSung}, raw; may be null
 * @param previousDueAt   {@code NgayHenTraTruoc} — appointment date before the request; may be null
 * @param newDueAt        {@code NgayHenTraMoi} — appointment date after it; may be null
 */
public record SupplementRequest(
        @NotBlank String id,
        String requestedBy,
        @NotBlank String content,
        LocalDateTime requestedAt,
        String receivedBy,
        String receiptInfo,
        LocalDateTime suppliedAt,
        String status,
        String documents,
        String fees,
        LocalDateTime previousDueAt,
        LocalDateTime newDueAt) {

    /** The time the dossier's clock stood still, once the documents arrived (for {@link AppointmentDates}). */
    public Optional<Suspension> suspension() {
        return requestedAt == null || suppliedAt == null
                ? Optional.empty()
                : Optional.of(new Suspension(requestedAt, suppliedAt));
    }
}
