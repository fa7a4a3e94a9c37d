package io.github.egovsdk.dvc.internal;

import static io.github.egovsdk.dvc.internal.Json.flag;
import static io.github.egovsdk.dvc.internal.Json.text;

import io.github.egovsdk.dvc.dossier.Applicant;
import io.github.egovsdk.dvc.dossier.ApplicantType;
import io.github.egovsdk.dvc.dossier.Channel;
import io.github.egovsdk.dvc.dossier.Dossier;
import io.github.egovsdk.dvc.dossier.DossierFee;
import io.github.egovsdk.dvc.dossier.DossierStatus;
import io.github.egovsdk.dvc.dossier.FeeCollection;
import io.github.egovsdk.dvc.dossier.IdentityDocument;
import io.github.egovsdk.dvc.dossier.OtherAttachment;
import io.github.egovsdk.dvc.dossier.ResultDocument;
import io.github.egovsdk.dvc.dossier.ReturnMethod;
import io.github.egovsdk.dvc.dossier.SubmittedDocument;
import io.github.egovsdk.dvc.dossier.SupplementRequest;
import io.github.egovsdk.dvc.portal.PortalDossier;
import io.github.egovsdk.dvc.portal.ProgressUpdate;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@code TraCuuHoSo} result item back into a {@link PortalDossier}; tolerant of missing and unknown fields. */
public final class DossierReader {
    private DossierReader() {}

    public static PortalDossier read(JsonNode o) {
        List<IdentityDocument> ids = new ArrayList<>();
        for (JsonNode x : o.path("DinhDanhCHS")) {
            IdentityDocument.Type t =
                    IdentityDocument.Type.fromCode(text(x, "LoaiDinhDanh")).orElse(null);
            if (t != null && text(x, "SoDinhDanh") != null) {
                ids.add(new IdentityDocument(t, text(x, "SoDinhDanh")));
            }
        }
        Applicant applicant = new Applicant(
                text(o, "ChuHoSo"),
                text(o, "SoGiayToChuHoSo"),
                ApplicantType.fromCode(text(o, "LoaiDoiTuong")).orElse(null),
                text(o, "MaDoiTuong"),
                text(o, "Email"),
                text(o, "Fax"),
                text(o, "SoDienThoai"),
                text(o, "ThongTinKhac"),
                ids);
        Dossier.Builder b = Dossier.builder()
                .code(text(o, "MaHoSo"))
                .procedure(text(o, "MaTTHC"), text(o, "TenTTHC"))
                .sector(text(o, "MaLinhVuc"), text(o, "TenLinhVuc"))
                .channel(Channel.fromCode(text(o, "KenhThucHien")).orElse(null))
                .receiptNumber(text(o, "SoBienNhan"))
                .applicant(applicant)
                .summary(text(o, "TrichYeuHoSo"))
                .receivedAt(date(o, "NgayTiepNhan"))
                .dueAt(date(o, "NgayHenTra"))
                .returnedAt(date(o, "NgayTra"))
                .processingEndedAt(date(o, "NgayKetThucXuLy"))
                .status(status(text(o, "TrangThaiHoSo")))
                .returnInfo(text(o, "ThongTinTra"))
                .returnMethod(ReturnMethod.fromCode(text(o, "HinhThuc")).orElse(null))
                .handlingUnit(text(o, "DonViXuLy"))
                .note(text(o, "GhiChu"))
                .submissionPlace(text(o, "NoiNopHoSo"))
                .hasDigitisedComponents(flag(o, "HoSoCoThanhPhanSoHoa"))
                .vneidVerified(flag(o, "TaiKhoanDuocXacThucVoiVNeID"))
                .paidOnline("1".equals(strip(text(o, "DuocThanhToanTrucTuyen"))))
                .rejectedAt(date(o, "NgayTuChoi"))
                .submittedAt(date(o, "NgayNopHoSo"));
        for (JsonNode x : o.path("TaiLieuNop")) {
            b.addDocument(new SubmittedDocument(
                    text(x, "TepDinhKemId"),
                    text(x, "TenTepDinhKem"),
                    flag(x, "IsDeleted"),
                    text(x, "MaThanhPhanHoSo"),
                    uri(text(x, "DuongDanTaiTepTin")),
                    flag(x, "DuocSoHoa"),
                    flag(x, "DuocTaiSuDung"),
                    flag(x, "DuocLayTuKhoDMQG"),
                    text(x, "MaKetQuaThayThe")));
        }
        for (JsonNode x : o.path("DanhSachLePhi")) {
            b.addFee(new DossierFee(
                    text(x, "TenPhiLePhi"),
                    text(x, "MaPhiLePhi"),
                    FeeCollection.fromText(text(x, "HinhThucThu")),
                    Json.number(x, "Gia"),
                    text(x, "LoaiPhiLePhi")));
        }
        for (JsonNode x : o.path("DanhSachTepDinhKemKhac")) {
            b.addOtherAttachment(
                    new OtherAttachment(text(x, "TenGiayTo"), (int) Json.number(x, "SoLuong"), text(x, "LoaiGiayTo")));
        }
        for (JsonNode x : o.path("DanhSachHoSoBoSung")) {
            b.addSupplement(new SupplementRequest(
                    text(x, "HoSoBoSungId"),
                    text(x, "NguoiYeuCauBoSung"),
                    text(x, "NoiDungBoSung"),
                    date(x, "NgayBoSung"),
                    text(x, "NguoiTiepNhanBoSung"),
                    text(x, "ThongTinTiepNhan"),
                    date(x, "NgayTiepNhanBoSung"),
                    text(x, "TrangThaiBoSung"),
                    text(x, "DanhSachGiayToBoSung"),
                    text(x, "DanhSachLePhiBoSung"),
                    date(x, "NgayHenTraTruoc"),
                    date(x, "NgayHenTraMoi")));
        }
        for (JsonNode x : o.path("DanhSachGiayToKetQua")) {
            b.addResult(new ResultDocument(
                    text(x, "TenGiayTo"),
                    text(x, "MaThanhPhanHoSo"),
                    text(x, "GiayToId"),
                    uri(text(x, "DuongDanTepTinKetQua")),
                    text(x, "MaGiayToKetQua")));
        }
        for (JsonNode x : o.path("DSKetNoiCSDL")) {
            String c = x.isValueNode() ? x.asString() : text(x, "MaCSDL");
            if (c != null) {
                b.addConnectedDatabase(c);
            }
        }
        List<ProgressUpdate> steps = new ArrayList<>();
        for (JsonNode p : o.path("TienDoXuLy")) {
            steps.add(progress(p));
        }
        return new PortalDossier(b.buildUnchecked(), steps, others(o, DossierWire.KNOWN));
    }

    static ProgressUpdate progress(JsonNode p) {
        return new ProgressUpdate(
                text(p, "MaHoSo"),
                text(p, "NguoiXuLy"),
                text(p, "ChucDanh"),
                date(p, "ThoiDiemXuLy"),
                text(p, "PhongBanXuLy"),
                text(p, "NoiDungXuLy"),
                status(text(p, "TrangThai")),
                date(p, "NgayBatDau"),
                date(p, "NgayKetThucTheoQuyDinh"));
    }

    /** Fields not in {@code known}, as text. */
    public static Map<String, String> others(JsonNode o, Set<String> known) {
        Map<String, String> other = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            if (!known.contains(e.getKey()) && !e.getValue().isNull()) {
                other.put(
                        e.getKey(),
                        e.getValue().isValueNode()
                                ? e.getValue().asString()
                                : e.getValue().toString());
            }
        }
        return other;
    }

    private static LocalDateTime date(JsonNode o, String field) {
        return PortalDates.parse(text(o, field));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static DossierStatus status(String code) {
        try {
            return code == null
                    ? null
                    : DossierStatus.fromCode(Integer.parseInt(code.strip())).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static URI uri(String s) {
        try {
            return s == null || s.isBlank() ? null : URI.create(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
