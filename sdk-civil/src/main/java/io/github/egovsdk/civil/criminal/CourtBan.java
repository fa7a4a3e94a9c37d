package io.github.egovsdk.civil.criminal;

/**
 * A court's ban on holding positions, founding or managing enterprises (cấm đảm nhiệm chức vụ, thành lập, quản lý
 * doanh nghiệp, hợp tác xã — {@code ketQuaXuLy.dsCDNCV[]}): decision number and date ({@code soQuyetDinh},
 * {@code ngayQuyetDinh}), the court ({@code toaAnQD}), the position banned ({@code chucVuCam}), its duration
 * ({@code thoiHanCam}) and start ({@code camTuNgay}), as the LLTP system writes them.
 */
public record CourtBan(
        String decisionNumber,
        String decisionDate,
        String court,
        String bannedPosition,
        String duration,
        String from) {}
