package io.github.egovsdk.civil.criminal;

import java.util.List;

/**
 * A sentence on the certificate (thông tin án, {@code ketQuaXuLy.thongTinAn[]}): judgment number and date
 * ({@code soBanAn}, {@code ngayBanAn}), the sentencing court ({@code toaDaTuyen} and its name), the offences
 * ({@code dsToiDanh[] {toiDanh, tenToiDanh}}), main and additional penalties ({@code dsHinhPhatChinh[] {maHinhPhat,
 * tenHinhPhat, ghiChu}}, {@code dsHinhPhatBoSung[] {maHinhPhat, tenHinhPhat, noiDungHinhPhatBoSung}}), when it was
 * served and expunged ({@code ngayChapHanh}, {@code ngayXoaAn}), the articles applied ({@code dieuKhoan}), court fee
 * ({@code anPhi}), civil obligation ({@code nghiaVuDanSu}) and enforcement status ({@code tinhTrangThiHanh}). Dates
 * are kept as the LLTP system writes them (their format is not published).
 */
public record CriminalSentence(
        String judgmentNumber,
        String judgmentDate,
        String courtCode,
        String courtName,
        List<Code> offences,
        List<Penalty> mainPenalties,
        List<Penalty> additionalPenalties,
        String servedOn,
        String expungedOn,
        String articles,
        String courtFee,
        String civilObligation,
        String enforcementStatus) {

    public CriminalSentence {
        offences = offences == null ? List.of() : List.copyOf(offences);
        mainPenalties = mainPenalties == null ? List.of() : List.copyOf(mainPenalties);
        additionalPenalties = additionalPenalties == null ? List.of() : List.copyOf(additionalPenalties);
    }

    /** A code and its name (tội danh). */
    public record Code(String code, String name) {}

    /** A penalty (hình phạt): code, name and the note or content. */
    public record Penalty(String code, String name, String detail) {}
}
