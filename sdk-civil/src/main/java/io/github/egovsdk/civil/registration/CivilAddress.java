package io.github.egovsdk.civil.registration;

/**
 * An address as the Ministry of Justice's civil-status software takes it ({@code DiaChi}: {@code maTinh},
 * {@code maHuyen}, {@code maXa}, {@code dcChiTiet}) — administrative-unit codes of the province (tỉnh), district
 * (huyện) and commune (xã), and the address in words (địa chỉ chi tiết). Every part may be absent.
 * {@link #toString()} shows the codes only (the detail may locate a person).
 *
 * @param provinceCode mã tỉnh
 * @param districtCode mã huyện
 * @param communeCode  mã xã
 * @param detail       địa chỉ chi tiết
 */
public record CivilAddress(String provinceCode, String districtCode, String communeCode, String detail) {

    /** An address known only in words. */
    public static CivilAddress ofText(String detail) {
        return new CivilAddress(null, null, null, detail);
    }

    /** Whether no part is given. */
    public boolean isEmpty() {
        return provinceCode == null
                && districtCode == null
                && communeCode == null
                && (detail == null || detail.isBlank());
    }

    @Override
    public String toString() {
        return "CivilAddress[" + provinceCode + "/" + districtCode + "/" + communeCode + "]";
    }
}
