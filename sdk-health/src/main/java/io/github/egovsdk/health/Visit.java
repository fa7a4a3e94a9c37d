package io.github.egovsdk.health;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One visit in the card's treatment history ({@code dsLichSuKCB2018}, lịch sử khám chữa bệnh). Codes are kept as
 * sent; their meanings (P, from a client): {@code dischargeStatus} 1 ra viện, 2 chuyển viện, 3 trốn viện, 4 xin ra
 * về; {@code treatmentResult} 1 khỏi, 2 đỡ, 3 không thay đổi, 4 nặng hơn, 5 tử vong; {@code admissionReason} 1 đúng
 * tuyến, 2 cấp cứu, 3 trái tuyến, 4 thông tuyến.
 *
 * @param recordId        {@code maHoSo}
 * @param facilityCode    {@code maCSKCB}
 * @param admittedAt      {@code ngayVao} ({@code yyyyMMddHHmm})
 * @param dischargedAt    {@code ngayRa}
 * @param diagnoses       {@code tenBenh}
 * @param dischargeStatus {@code tinhTrang}
 * @param treatmentResult {@code kqDieuTri}
 * @param admissionReason {@code lyDoVV}
 * @param employerCode    {@code TEMP1}
 * @param employerName    {@code TEMP2}
 */
public record Visit(
        String recordId,
        String facilityCode,
        Optional<LocalDateTime> admittedAt,
        Optional<LocalDateTime> dischargedAt,
        String diagnoses,
        String dischargeStatus,
        String treatmentResult,
        String admissionReason,
        String employerCode,
        String employerName) {

    @Override
    public String toString() {
        return "Visit[" + facilityCode + ", " + admittedAt.map(Object::toString).orElse("?") + "]";
    }
}
