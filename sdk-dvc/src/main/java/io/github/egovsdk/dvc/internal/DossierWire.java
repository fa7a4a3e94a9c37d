package io.github.egovsdk.dvc.internal;

import static io.github.egovsdk.dvc.internal.Json.put;

import io.github.egovsdk.dvc.dossier.Dossier;
import io.github.egovsdk.dvc.dossier.DossierFee;
import io.github.egovsdk.dvc.dossier.IdentityDocument;
import io.github.egovsdk.dvc.dossier.OtherAttachment;
import io.github.egovsdk.dvc.dossier.ResultDocument;
import io.github.egovsdk.dvc.dossier.SubmittedDocument;
import io.github.egovsdk.dvc.dossier.SupplementRequest;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * A {@link Dossier} as the portal's {@code DongBoHoSoMC} item (identity-and-public-service-portal.md §8.2). Codes and
 * flags are strings as the portal's implementations send them; dates {@code yyyyMMddHHmmss} in Vietnam time.
 */
public final class DossierWire {
    private DossierWire() {}

    public static ObjectNode write(Dossier d) {
        ObjectNode o = Json.object();
        put(o, "MaHoSo", d.code());
        put(o, "MaTTHC", d.procedureCode());
        put(o, "TenTTHC", d.procedureName());
        put(o, "MaLinhVuc", d.sectorCode());
        put(o, "TenLinhVuc", d.sectorName());
        put(o, "KenhThucHien", d.channel().code());
        put(o, "SoBienNhan", d.receiptNumber());
        put(o, "ChuHoSo", d.applicant().name());
        put(o, "SoGiayToChuHoSo", d.applicant().documentNo());
        put(o, "LoaiDoiTuong", d.applicant().type().code());
        put(o, "MaDoiTuong", d.applicant().techId());
        put(o, "ThongTinKhac", d.applicant().otherInfo());
        put(o, "Email", d.applicant().email());
        put(o, "Fax", d.applicant().fax());
        put(o, "SoDienThoai", d.applicant().phone());
        put(o, "TrichYeuHoSo", d.summary());
        put(o, "NgayTiepNhan", PortalDates.format(d.receivedAt()));
        put(o, "NgayHenTra", PortalDates.format(d.dueAt()));
        put(o, "NgayTra", PortalDates.format(d.returnedAt()));
        put(o, "NgayKetThucXuLy", PortalDates.format(d.processingEndedAt()));
        put(o, "TrangThaiHoSo", String.valueOf(d.status().code()));
        put(o, "ThongTinTra", d.returnInfo());
        put(o, "HinhThuc", d.returnMethod() == null ? null : d.returnMethod().code());
        put(o, "DonViXuLy", d.handlingUnit());
        put(o, "GhiChu", d.note());
        ArrayNode docs = o.putArray("TaiLieuNop");
        for (SubmittedDocument t : d.documents()) {
            ObjectNode x = docs.addObject();
            put(x, "TepDinhKemId", t.fileId());
            put(x, "TenTepDinhKem", t.fileName());
            put(x, "IsDeleted", flag(t.deleted()));
            put(x, "MaThanhPhanHoSo", t.componentCode());
            put(
                    x,
                    "DuongDanTaiTepTin",
                    t.downloadUrl() == null ? null : t.downloadUrl().toString());
            put(x, "DuocSoHoa", flag(t.digitised()));
            put(x, "DuocTaiSuDung", flag(t.reused()));
            put(x, "DuocLayTuKhoDMQG", flag(t.fromNationalRepository()));
            put(x, "MaKetQuaThayThe", t.replacedByResultCode());
        }
        ArrayNode fees = o.putArray("DanhSachLePhi");
        for (DossierFee f : d.fees()) {
            ObjectNode x = fees.addObject();
            put(x, "TenPhiLePhi", f.name());
            put(x, "MaPhiLePhi", f.code());
            put(x, "HinhThucThu", f.collection() == null ? null : f.collection().vietnamese());
            put(x, "Gia", String.valueOf(f.amountVnd()));
            put(x, "LoaiPhiLePhi", f.feeType());
        }
        ArrayNode others = o.putArray("DanhSachTepDinhKemKhac");
        for (OtherAttachment a : d.otherAttachments()) {
            ObjectNode x = others.addObject();
            put(x, "TenGiayTo", a.name());
            put(x, "SoLuong", String.valueOf(a.quantity()));
            put(x, "LoaiGiayTo", a.kind());
        }
        ArrayNode sups = o.putArray("DanhSachHoSoBoSung");
        for (SupplementRequest s : d.supplements()) {
            ObjectNode x = sups.addObject();
            put(x, "HoSoBoSungId", s.id());
            put(x, "NguoiYeuCauBoSung", s.requestedBy());
            put(x, "NoiDungBoSung", s.content());
            put(x, "NgayBoSung", PortalDates.format(s.requestedAt()));
            put(x, "NguoiTiepNhanBoSung", s.receivedBy());
            put(x, "ThongTinTiepNhan", s.receiptInfo());
            put(x, "NgayTiepNhanBoSung", PortalDates.format(s.suppliedAt()));
            put(x, "TrangThaiBoSung", s.status());
            put(x, "DanhSachGiayToBoSung", s.documents());
            put(x, "DanhSachLePhiBoSung", s.fees());
            put(x, "NgayHenTraTruoc", PortalDates.format(s.previousDueAt()));
            put(x, "NgayHenTraMoi", PortalDates.format(s.newDueAt()));
        }
        ArrayNode results = o.putArray("DanhSachGiayToKetQua");
        for (ResultDocument r : d.results()) {
            ObjectNode x = results.addObject();
            put(x, "TenGiayTo", r.name());
            put(x, "MaThanhPhanHoSo", r.componentCode());
            put(x, "GiayToId", r.documentId());
            put(x, "DuongDanTepTinKetQua", r.url() == null ? null : r.url().toString());
            put(x, "MaGiayToKetQua", r.resultCode());
        }
        put(o, "NoiNopHoSo", d.submissionPlace());
        put(o, "HoSoCoThanhPhanSoHoa", flag(d.hasDigitisedComponents()));
        put(o, "TaiKhoanDuocXacThucVoiVNeID", flag(d.vneidVerified()));
        // Observed coding: "1" paid online, "3" otherwise.
        put(o, "DuocThanhToanTrucTuyen", d.paidOnline() ? "1" : "3");
        put(o, "NgayTuChoi", PortalDates.format(d.rejectedAt()));
        ArrayNode ids = o.putArray("DinhDanhCHS");
        for (IdentityDocument i : d.applicant().identities()) {
            ObjectNode x = ids.addObject();
            put(x, "LoaiDinhDanh", i.type().code());
            put(x, "SoDinhDanh", i.number().strip());
        }
        put(o, "NgayNopHoSo", PortalDates.format(d.submittedAt()));
        ArrayNode dbs = o.putArray("DSKetNoiCSDL");
        d.connectedDatabases().forEach(c -> dbs.addObject().put("MaCSDL", c));
        return o;
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    /** Field names {@link #write} and {@link DossierReader} know; anything else is kept as "other fields". */
    static final Set<String> KNOWN = Set.of(
            "MaHoSo",
            "MaTTHC",
            "TenTTHC",
            "MaLinhVuc",
            "TenLinhVuc",
            "KenhThucHien",
            "SoBienNhan",
            "ChuHoSo",
            "SoGiayToChuHoSo",
            "LoaiDoiTuong",
            "MaDoiTuong",
            "ThongTinKhac",
            "Email",
            "Fax",
            "SoDienThoai",
            "TrichYeuHoSo",
            "NgayTiepNhan",
            "NgayHenTra",
            "NgayTra",
            "NgayKetThucXuLy",
            "TrangThaiHoSo",
            "ThongTinTra",
            "HinhThuc",
            "DonViXuLy",
            "GhiChu",
            "TaiLieuNop",
            "DanhSachLePhi",
            "DanhSachTepDinhKemKhac",
            "DanhSachHoSoBoSung",
            "DanhSachGiayToKetQua",
            "NoiNopHoSo",
            "HoSoCoThanhPhanSoHoa",
            "TaiKhoanDuocXacThucVoiVNeID",
            "DuocThanhToanTrucTuyen",
            "NgayTuChoi",
            "DinhDanhCHS",
            "NgayNopHoSo",
            "DSKetNoiCSDL",
            "TienDoXuLy");
}
