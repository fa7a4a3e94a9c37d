package io.github.egovsdk.civil.criminal;

import java.time.YearMonth;

/**
 * One period of the applicant's residence, occupation and workplace since age 14 (quá trình cư trú, nghề nghiệp, nơi
 * làm việc): VNeID's {@code quaTrinhCTNNNLV[]} ({@code tuThangNam}, {@code denThangNam}, {@code loaiCuTru},
 * {@code diaChiCuTru}, {@code ngheNghiep}, {@code noiLamViec}), forwarded as {@code nycCuTru[]} ({@code tuNgay},
 * {@code denNgay}, {@code noiCuTru}, …). The formats are not published: {@code MM/yyyy}, {@code M/yyyy},
 * {@code yyyy-MM}, {@code MM-yyyy} and full dates ({@code dd/MM/yyyy}, {@code yyyy-MM-dd}: their month is kept) are
 * read; {@code MM/yyyy} is written.
 *
 * @param from          từ tháng năm; required
 * @param to            đến tháng năm; null = until now
 * @param residenceType loại cư trú code (VNeID only)
 * @param address       nơi cư trú, in words
 * @param occupation    nghề nghiệp
 * @param workplace     nơi làm việc
 */
public record ResidencePeriod(
        YearMonth from, YearMonth to, String residenceType, String address, String occupation, String workplace) {

    @Override
    public String toString() {
        return "ResidencePeriod[" + from + " – " + to + "]";
    }
}
