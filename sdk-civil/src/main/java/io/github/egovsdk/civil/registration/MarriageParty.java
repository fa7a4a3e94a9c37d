package io.github.egovsdk.civil.registration;

import java.time.LocalDate;

/**
 * One of the two people registering their marriage (bên chồng — the husband, {@code chong*} fields; bên vợ — the
 * wife, {@code vo*} fields of the ministry's {@code DataDKKH}). Codes (ethnicity, nationality, residence type, marital
 * status type, identity-document type) are kept as given: their code lists are unpublished.
 * {@link #toString()} shows no personal data.
 *
 * @param name                   họ tên ({@code HoTen}); required
 * @param birthDate              ngày sinh ({@code NgaySinh}, written {@code dd.MM.yyyy}); required
 * @param ethnicity              dân tộc code ({@code DanToc})
 * @param ethnicityOther         dân tộc khác, in words ({@code DanTocKhac})
 * @param nationality            quốc tịch code ({@code QuocTich})
 * @param residenceType          loại cư trú code ({@code LoaiCuTru})
 * @param residence              nơi cư trú ({@code NoiCuTru}, an address object)
 * @param document               giấy tờ tùy thân: type ({@code LoaiGiayToTuyThan}), number
 *                               ({@code SoGiayToTuyThan}), other document ({@code GiayToKhac}), issue date
 *                               ({@code NgayCapGiayToTuyThan}, {@code dd.MM.yyyy}), issuer
 *                               ({@code NoiCapGiayToTuyThan}); a number or an other document is required
 * @param personalIdNumber       số định danh cá nhân ({@code SoDDCN}): 12 digits when given
 * @param marriageCount          số lần kết hôn ({@code SoLanKH}, an integer ≥ 0); null when not declared
 * @param maritalStatusType      loại tình trạng hôn nhân code ({@code LoaiTinhTrangHonNhan})
 * @param maritalStatus          tình trạng hôn nhân in words ({@code TinhTrangHonNhan})
 * @param confirmationRequested  yêu cầu xác nhận tình trạng hôn nhân ({@code YeuCauXNTTHN}), as given
 * @param confirmationPlace      nơi xác nhận tình trạng hôn nhân ({@code NoiXNTTHN}); when null the registration
 *                               authority ({@code noiDangKy}) is sent, as the production client does
 */
public record MarriageParty(
        String name,
        LocalDate birthDate,
        String ethnicity,
        String ethnicityOther,
        String nationality,
        String residenceType,
        CivilAddress residence,
        IdentityDocument document,
        String personalIdNumber,
        Integer marriageCount,
        String maritalStatusType,
        String maritalStatus,
        String confirmationRequested,
        String confirmationPlace) {

    public MarriageParty {
        residence = residence == null ? new CivilAddress(null, null, null, null) : residence;
        document = document == null ? new IdentityDocument(null, null, null, null, null) : document;
    }

    @Override
    public String toString() {
        return "MarriageParty[document=" + document + ", marriageCount=" + marriageCount + "]";
    }
}
