package io.github.egovsdk.health;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One earlier check of the same card ({@code dsLichSuKT2018}, lịch sử kiểm tra).
 *
 * @param account   {@code userKT}: the facility account that checked (e.g. {@code 00000_BV})
 * @param checkedAt {@code thoiGianKT} ({@code yyyyMMddHHmm}, read as 24-hour)
 * @param message   {@code thongBao} (also spelt {@code thongbao})
 * @param code      {@code maLoi}: a {@link CardCheckResultCode} code
 */
public record CardLookup(String account, Optional<LocalDateTime> checkedAt, String message, String code) {

    public Optional<CardCheckResultCode> resultCode() {
        return CardCheckResultCode.fromCode(code);
    }
}
