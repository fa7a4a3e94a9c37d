package io.github.egovsdk.vneid.population;

import io.github.egovsdk.core.privacy.Redactor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One citizen (công dân) as the population database returns it in a {@code CongdanCollection/CongDan}. Fields the
 * reply leaves out are empty strings / empty optionals. Personal data: keep it only as long as the procedure needs;
 * {@link #toString()} masks the number and shows nothing else.
 *
 * @param personalId         {@code SoDinhDanh}
 * @param legacyId           {@code SoCMND}
 * @param fullName           {@code HoVaTen}: {@code Ho ChuDem Ten} joined, or the plain string
 * @param dateOfBirth        {@code NgayThangNamSinh/NgayThangNam} when a full date is given
 * @param birthYear          {@code NgayThangNamSinh/Nam}, or the year of {@code dateOfBirth}
 * @param gender             {@code GioiTinh} code
 * @param ethnicity          {@code DanToc} code
 * @param religion           {@code TonGiao} code
 * @param maritalStatus      {@code TinhTrangHonNhan} code
 * @param bloodGroup         {@code NhomMau} code
 * @param nationality        {@code QuocTich}
 * @param email              {@code ThuDienTu}
 * @param taxCode            {@code MaSoThue}
 * @param accountType        {@code LoaiTaiKhoan} ({@code 2} = organisation)
 * @param birthRegistration  {@code NoiDangKyKhaiSinh}
 * @param hometown           {@code QueQuan}
 * @param permanentAddress   {@code ThuongTru}
 * @param currentAddress     {@code NoiOHienTai}
 * @param relatives          {@code Cha}, {@code Me}, {@code VoChong}, {@code NguoiDaiDien}, {@code ChuHo}
 * @param householdBook      {@code SoSoHoKhau}
 */
public record CitizenRecord(
        String personalId,
        String legacyId,
        String fullName,
        Optional<LocalDate> dateOfBirth,
        Optional<Integer> birthYear,
        String gender,
        String ethnicity,
        String religion,
        String maritalStatus,
        String bloodGroup,
        String nationality,
        String email,
        String taxCode,
        String accountType,
        Optional<CitizenAddress> birthRegistration,
        Optional<CitizenAddress> hometown,
        Optional<CitizenAddress> permanentAddress,
        Optional<CitizenAddress> currentAddress,
        List<Relative> relatives,
        String householdBook) {

    public CitizenRecord {
        relatives = List.copyOf(relatives);
    }

    /** The relative with that role ({@code Cha}, {@code Me}, {@code VoChong}, {@code NguoiDaiDien}, {@code ChuHo}). */
    public Optional<Relative> relative(String role) {
        return relatives.stream().filter(r -> r.role().equals(role)).findFirst();
    }

    @Override
    public String toString() {
        return "CitizenRecord[" + Redactor.maskPersonalId(personalId) + ", name ****, dateOfBirth ****]";
    }
}
