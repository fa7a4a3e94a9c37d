package io.github.egovsdk.health;

import io.github.egovsdk.core.privacy.Redactor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The answer of {@code KQNhanLichSuKCB2024} (kết quả tra cứu thẻ BHYT): the result code, the card as the register
 * holds it — validity period, registered primary-care facility (nơi đăng ký KCB ban đầu), the date of 5 continuous
 * years (ngày đủ 5 năm liên tục), the new card if one was issued — and the visit and check history. Strings the reply
 * leaves out are empty; dates the reply leaves out or writes unreadably are empty optionals. Personal data:
 * {@link #toString()} shows only the code and a masked card number.
 *
 * @param code                  {@code maKetQua} as sent
 * @param note                  {@code ghiChu}: the gateway's own sentence about the card
 * @param cardNumber            {@code maThe}
 * @param holderName            {@code hoTen}
 * @param birthDate             {@code ngaySinh} as sent
 * @param gender                {@code gioiTinh} ("Nam", "Nữ")
 * @param address               {@code diaChi}
 * @param registeredFacility    {@code maDKBD}
 * @param issuingOffice         {@code cqBHXH}
 * @param validFrom             {@code gtTheTu}
 * @param validTo               {@code gtTheDen}
 * @param areaCode              {@code maKV}
 * @param fiveYearsFrom         {@code ngayDu5Nam}
 * @param socialInsuranceNumber {@code maSoBHXH}
 * @param previousCardNumber    {@code maTheCu}
 * @param newCardNumber         {@code maTheMoi}
 * @param newValidFrom          {@code gtTheTuMoi}
 * @param newValidTo            {@code gtTheDenMoi}
 * @param newFacilityCode       {@code maDKBDMoi}
 * @param newFacilityName       {@code tenDKBDMoi}
 * @param visits                {@code dsLichSuKCB2018}
 * @param checks                {@code dsLichSuKT2018}
 */
public record CardCheckResult(
        String code,
        String note,
        String cardNumber,
        String holderName,
        String birthDate,
        String gender,
        String address,
        String registeredFacility,
        String issuingOffice,
        Optional<LocalDate> validFrom,
        Optional<LocalDate> validTo,
        String areaCode,
        Optional<LocalDate> fiveYearsFrom,
        String socialInsuranceNumber,
        String previousCardNumber,
        String newCardNumber,
        Optional<LocalDate> newValidFrom,
        Optional<LocalDate> newValidTo,
        String newFacilityCode,
        String newFacilityName,
        List<Visit> visits,
        List<CardLookup> checks) {

    public CardCheckResult {
        visits = List.copyOf(visits);
        checks = List.copyOf(checks);
    }

    /** The code as an enum; empty for a code outside the published list. */
    public Optional<CardCheckResultCode> resultCode() {
        return CardCheckResultCode.fromCode(code);
    }

    /** Codes 000–004: the card can be used. */
    public boolean usable() {
        return resultCode().map(CardCheckResultCode::usable).orElse(false);
    }

    /** The code's meaning in English (or a note that the code is unknown). */
    public String englishMessage() {
        return resultCode().map(CardCheckResultCode::english).orElse("Unknown result code " + code);
    }

    /** The code's meaning in Vietnamese. */
    public String vietnameseMessage() {
        return resultCode().map(CardCheckResultCode::vietnamese).orElse("Mã kết quả không xác định " + code);
    }

    @Override
    public String toString() {
        return "CardCheckResult[" + code + ", " + Redactor.maskPersonalId(cardNumber) + "]";
    }
}
