package io.github.egovsdk.civil.criminal;

import java.time.LocalDate;

/**
 * The person authorised to ask on the applicant's behalf (người được ủy quyền, {@code uyQuyen = 1}): VNeID's
 * {@code thongTinUyQuyen} ({@code nuqHoTen}, …, {@code nuqNoiDKKS}, {@code nuqNoiOHienTai}, {@code nuqQuanHe {ma,
 * ten}}, {@code nuqNgayKyVanBanUyQuyen}), forwarded to the LLTP system as {@code uyQuyenHoTen}, the {@code nuq*}
 * fields and {@code nyqQuanHe} (sic). {@link #toString()} shows no personal data.
 *
 * @param name                  họ tên; required when the application is authorised
 * @param otherName             tên gọi khác
 * @param sex                   giới tính code
 * @param birthDate             ngày sinh
 * @param ethnicity             dân tộc code; {@code ethnicityName} its name
 * @param nationality           quốc tịch code; {@code nationalityName} its name
 * @param email                 thư điện tử
 * @param phone                 điện thoại
 * @param idType                loại giấy tờ ({@code nuqLoaiGiayto})
 * @param idNumber              số giấy tờ
 * @param idIssuedOn            ngày cấp
 * @param idIssuedBy            nơi cấp
 * @param permanentAddress      nơi thường trú ({@code nuqThuongTruChiTiet})
 * @param birthRegisteredAt     nơi đăng ký khai sinh ({@code nuqNoiDKKS})
 * @param currentAddress        nơi ở hiện tại ({@code nuqNoiOHienTai})
 * @param relationshipCode      quan hệ với người yêu cầu, code ({@code nuqQuanHe.ma}); {@code relationship} its name
 * @param authorisationSignedOn ngày ký văn bản ủy quyền ({@code nuqNgayKyVanBanUyQuyen})
 */
public record AuthorisedPerson(
        String name,
        String otherName,
        String sex,
        LocalDate birthDate,
        String ethnicity,
        String ethnicityName,
        String nationality,
        String nationalityName,
        String email,
        String phone,
        String idType,
        String idNumber,
        LocalDate idIssuedOn,
        String idIssuedBy,
        CriminalRecordAddress permanentAddress,
        String birthRegisteredAt,
        String currentAddress,
        String relationshipCode,
        String relationship,
        LocalDate authorisationSignedOn) {

    public AuthorisedPerson {
        permanentAddress = permanentAddress == null ? CriminalRecordAddress.ofText(null) : permanentAddress;
    }

    @Override
    public String toString() {
        return "AuthorisedPerson[relationship=" + relationshipCode + "]";
    }
}
