package io.github.egovsdk.civil.criminal;

/**
 * An address or place of a criminal-record declaration (địa chỉ / địa bàn: {@code nycThuongTru} thường trú,
 * {@code nycTamTru} tạm trú, {@code nycNoiSinh} nơi sinh, the authorised person's {@code ThuongTruChiTiet}): province,
 * district and commune codes and names (tỉnh/thành, quận/huyện, phường/xã), the detail in words, and for a place of
 * birth the country (quốc gia). VNeID sends the detail as {@code chiTiet} (addresses) or {@code dcChiTiet} (place of
 * birth), the LLTP system takes {@code dcChiTiet}: both are read. {@link #toString()} shows codes only.
 */
public record CriminalRecordAddress(
        String provinceCode,
        String provinceName,
        String districtCode,
        String districtName,
        String communeCode,
        String communeName,
        String detail,
        String countryCode,
        String countryName) {

    /** An address known only in words. */
    public static CriminalRecordAddress ofText(String detail) {
        return new CriminalRecordAddress(null, null, null, null, null, null, detail, null, null);
    }

    public boolean isEmpty() {
        return provinceCode == null
                && provinceName == null
                && districtCode == null
                && districtName == null
                && communeCode == null
                && communeName == null
                && detail == null
                && countryCode == null
                && countryName == null;
    }

    @Override
    public String toString() {
        return "CriminalRecordAddress[" + provinceCode + "/" + districtCode + "/" + communeCode + ", country="
                + countryCode + "]";
    }
}
