package io.github.egovsdk.vneid.population;

/**
 * An address (địa chỉ) in a population record ({@code DiaChi}): administrative codes and names, detail and country.
 * Personal data: {@link #toString()} shows only the province code. Any part may be empty.
 *
 * @param provinceCode {@code MaTinhThanh}
 * @param districtCode {@code MaQuanHuyen}
 * @param wardCode     {@code MaPhuongXa}
 * @param provinceName {@code TenTinhThanh}
 * @param districtName {@code TenQuanHuyen}
 * @param wardName     {@code TenPhuongXa}
 * @param detail       {@code ChiTiet} (street, hamlet)
 * @param country      {@code QuocGia}
 */
public record CitizenAddress(
        String provinceCode,
        String districtCode,
        String wardCode,
        String provinceName,
        String districtName,
        String wardName,
        String detail,
        String country) {

    @Override
    public String toString() {
        return "CitizenAddress[province " + provinceCode + ", ****]";
    }
}
