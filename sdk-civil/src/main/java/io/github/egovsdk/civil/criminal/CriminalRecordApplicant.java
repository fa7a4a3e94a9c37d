package io.github.egovsdk.civil.criminal;

import io.github.egovsdk.core.privacy.Redactor;
import java.time.LocalDate;

/**
 * The person asking for a criminal-record certificate (người yêu cầu cấp phiếu lý lịch tư pháp, the {@code nyc*}
 * fields of the declaration {@code toKhai}). Codes are kept as given (their code lists are unpublished); the names of
 * codes ({@code nycTen*}) travel with them. {@link #toString()} shows no personal data.
 *
 * @param name             họ tên ({@code nycHoTen}); required
 * @param otherName        tên gọi khác ({@code nycTenGoiKhac})
 * @param sex              giới tính code ({@code nycGioiTinh}; VNeID's 0 is forwarded as 2, as the production client
 *                         does)
 * @param sexName          tên giới tính ({@code nycTenGioiTinh})
 * @param birthDate        ngày sinh ({@code nycNgaySinh}, {@code dd/MM/yyyy}); required
 * @param idType           loại giấy tờ code ({@code nycLoaiGiayTo}); {@code idTypeName} its name
 * @param idNumber         số giấy tờ ({@code nycSoGiayTo}: CCCD, passport…); required
 * @param idIssuedOn       ngày cấp ({@code nycNgayCapGiayTo}, {@code dd/MM/yyyy})
 * @param idIssuedBy       nơi cấp ({@code nycNoiCapGiayTo})
 * @param nationality      quốc tịch code ({@code nycQuocTich}); {@code nationalityName} its name
 * @param ethnicity        dân tộc code ({@code nycDanToc}); {@code ethnicityName} its name
 * @param phone            điện thoại ({@code nycDienThoai})
 * @param email            thư điện tử ({@code nycEmail})
 * @param feePayerGroup    đối tượng nộp phí code ({@code nycDoiTuongNopPhi}, VNeID); {@code feePayerGroupName} its name
 * @param permanentAddress nơi thường trú ({@code nycThuongTru})
 * @param temporaryAddress nơi tạm trú ({@code nycTamTru})
 * @param birthPlace       nơi sinh ({@code nycNoiSinh}, with the country)
 * @param father           cha; {@code mother} mẹ; {@code spouse} vợ/chồng — {@link CriminalRecordRelative#NONE} when
 *                         not declared
 */
public record CriminalRecordApplicant(
        String name,
        String otherName,
        String sex,
        String sexName,
        LocalDate birthDate,
        String idType,
        String idTypeName,
        String idNumber,
        LocalDate idIssuedOn,
        String idIssuedBy,
        String nationality,
        String nationalityName,
        String ethnicity,
        String ethnicityName,
        String phone,
        String email,
        String feePayerGroup,
        String feePayerGroupName,
        CriminalRecordAddress permanentAddress,
        CriminalRecordAddress temporaryAddress,
        CriminalRecordAddress birthPlace,
        CriminalRecordRelative father,
        CriminalRecordRelative mother,
        CriminalRecordRelative spouse) {

    public CriminalRecordApplicant {
        permanentAddress = orEmpty(permanentAddress);
        temporaryAddress = orEmpty(temporaryAddress);
        birthPlace = orEmpty(birthPlace);
        father = father == null ? CriminalRecordRelative.NONE : father;
        mother = mother == null ? CriminalRecordRelative.NONE : mother;
        spouse = spouse == null ? CriminalRecordRelative.NONE : spouse;
    }

    private static CriminalRecordAddress orEmpty(CriminalRecordAddress a) {
        return a == null ? CriminalRecordAddress.ofText(null) : a;
    }

    @Override
    public String toString() {
        return "CriminalRecordApplicant[idType=" + idType + ", id="
                + (idNumber == null ? null : Redactor.maskPersonalId(idNumber)) + "]";
    }
}
