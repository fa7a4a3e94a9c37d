package io.github.egovsdk.civil.internal;

import io.github.egovsdk.civil.registration.BirthRegistration;
import io.github.egovsdk.civil.registration.CivilRegistration;
import io.github.egovsdk.civil.registration.DeathRegistration;
import io.github.egovsdk.civil.registration.IdentityDocument;
import io.github.egovsdk.civil.registration.Parent;
import io.github.egovsdk.civil.registration.RegistrationProblem;
import io.github.egovsdk.civil.registration.Requester;
import java.util.List;

/** {@code hoTich} field names (interconnected-services §1.3.4–1.3.5) → the typed registrations. */
final class RegistrationMapper {
    private RegistrationMapper() {}

    static CivilRegistration birth(Fields f) {
        BirthRegistration.Child child = new BirthRegistration.Child(
                f.required("nksHoTen", "The child's name (nksHoTen)", "Họ tên người được khai sinh (nksHoTen)"),
                f.text("nksGioiTinh"),
                f.requiredDate(
                        "nksNgaySinh",
                        "The child's date of birth (nksNgaySinh)",
                        "Ngày sinh người được khai sinh (nksNgaySinh)"),
                f.text("nksNgaySinhBangChu"),
                f.text("nksNoiSinh"),
                f.text("nksNoiSinhDVHC"),
                f.text("nksNoiSinhNuocNgoai"),
                f.text("nksQueQuan"),
                f.text("nksDanToc"),
                f.text("nksDanTocKhac"),
                f.text("nksQuocTich"),
                f.text("nksQuocTichKhac"),
                f.text("nksLoaiKhaiSinh"));
        return new BirthRegistration(
                f.text("maGCS"),
                f.date("ngayCapGCS"),
                f.text("loaiDangKy"),
                authority(f),
                f.count("soLuongBanSao"),
                child,
                parent(f, "me"),
                parent(f, "cha"),
                requester(f));
    }

    static CivilRegistration death(Fields f) {
        DeathRegistration.Deceased deceased = new DeathRegistration.Deceased(
                f.required("nktHoTen", "The deceased's name (nktHoTen)", "Họ tên người chết (nktHoTen)"),
                f.text("nktGioiTinh"),
                f.date("nktNgaySinh"),
                f.text("nktDanToc"),
                f.text("nktDanTocKhac"),
                f.text("nktQuocTich"),
                f.text("nktQuocTichKhac"),
                f.text("nktLoaiCuTru"),
                f.text("nktNoiCuTru"),
                new IdentityDocument(
                        f.text("nktLoaiGiayToTuyThan"),
                        f.text("nktSoGiayToTuyThan"),
                        f.text("nktGiayToKhac"),
                        f.date("nktNgayCapGiayToTuyThan"),
                        f.text("nktNoiCapGiayToTuyThan")),
                f.requiredDate("nktNgayChet", "The date of death (nktNgayChet)", "Ngày chết (nktNgayChet)"),
                f.text("nktGioPhutChet"),
                f.text("nktNoiChet"),
                f.text("nktNguyenNhanChet"),
                f.text("nktXacThucThongTin"));
        DeathRegistration.DeathNotice notice = new DeathRegistration.DeathNotice(
                f.text("gbtLoai"), f.text("gbtSo"), f.date("gbtNgay"), f.text("gbtCoQuanCap"));
        return new DeathRegistration(
                f.text("maGBT"),
                f.date("ngayCapGBT"),
                f.text("loaiDangKy"),
                authority(f),
                f.count("soLuongBanSao"),
                deceased,
                notice,
                requester(f));
    }

    private static String authority(Fields f) {
        return f.required("noiDangKy", "The registration authority (noiDangKy)", "Nơi đăng ký (noiDangKy)");
    }

    private static Parent parent(Fields f, String p) {
        return new Parent(
                f.text(p + "HoTen"),
                f.date(p + "NgaySinh"),
                f.text(p + "DanToc"),
                f.text(p + "DanTocKhac"),
                f.text(p + "QuocTich"),
                f.text(p + "QuocTichKhac"),
                f.text(p + "LoaiCuTru"),
                f.text(p + "NoiCuTru"),
                new IdentityDocument(f.text(p + "LoaiGiayToTuyThan"), f.text(p + "SoGiayToTuyThan"), null, null, null),
                f.text(p + "XacThucThongTin"));
    }

    private static Requester requester(Fields f) {
        return new Requester(
                f.required("nycHoTen", "The requester's name (nycHoTen)", "Họ tên người yêu cầu (nycHoTen)"),
                f.text("nycQuanHe"),
                new IdentityDocument(
                        f.text("nycLoaiGiayToTuyThan"),
                        f.text("nycSoGiayToTuyThan"),
                        f.text("nycGiayToKhac"),
                        f.date("nycNgayCapGiayToTuyThan"),
                        f.text("nycNoiCapGiayToTuyThan")),
                f.text("nycSoDienThoai"),
                f.text("nycEmail"),
                f.text("nycXacThucThongTin"));
    }

    static List<RegistrationProblem> problems(Fields f) {
        return f.problems;
    }
}
