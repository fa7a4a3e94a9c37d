package io.github.egovsdk.civil.internal;

import io.github.egovsdk.civil.criminal.CourtBan;
import io.github.egovsdk.civil.criminal.CriminalRecordResult;
import io.github.egovsdk.civil.criminal.CriminalRecordState;
import io.github.egovsdk.civil.criminal.CriminalRecordStatusUpdate;
import io.github.egovsdk.civil.criminal.CriminalSentence;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The criminal-record result and state wire formats (interconnected-services §1.6): the LLTP poll's {@code value[]}
 * and VNeID's {@code DongBoTrangThaiParam}, both with the whole {@code ketQuaXuLy}. The application itself is in
 * {@link CriminalApplicationWire}.
 */
public final class CriminalWire {
    private CriminalWire() {}

    /** One poll item → a result (every {@code ketQuaXuLy} field). */
    public static CriminalRecordResult result(JsonNode v) {
        JsonNode k = v.path("ketQuaXuLy");
        String state = CivilJson.text(v, "trangThaiXuLy");
        LocalDate issued = null;
        try {
            issued = CivilDates.date(CivilJson.text(k, "ngayCapPhieu"));
        } catch (DateTimeParseException e) {
            // kept empty: the certificate itself is the record
        }
        List<CriminalSentence> sentences = new ArrayList<>();
        for (JsonNode a : k.path("thongTinAn")) {
            List<CriminalSentence.Code> offences = new ArrayList<>();
            a.path("dsToiDanh")
                    .forEach(x -> offences.add(
                            new CriminalSentence.Code(CivilJson.text(x, "toiDanh"), CivilJson.text(x, "tenToiDanh"))));
            List<CriminalSentence.Penalty> main = new ArrayList<>();
            a.path("dsHinhPhatChinh")
                    .forEach(x -> main.add(new CriminalSentence.Penalty(
                            CivilJson.text(x, "maHinhPhat"),
                            CivilJson.text(x, "tenHinhPhat"),
                            CivilJson.text(x, "ghiChu"))));
            List<CriminalSentence.Penalty> extra = new ArrayList<>();
            a.path("dsHinhPhatBoSung")
                    .forEach(x -> extra.add(new CriminalSentence.Penalty(
                            CivilJson.text(x, "maHinhPhat"),
                            CivilJson.text(x, "tenHinhPhat"),
                            CivilJson.text(x, "noiDungHinhPhatBoSung"))));
            sentences.add(new CriminalSentence(
                    CivilJson.text(a, "soBanAn"),
                    CivilJson.text(a, "ngayBanAn"),
                    CivilJson.text(a, "toaDaTuyen"),
                    CivilJson.text(a, "tenToaDaTuyen"),
                    offences,
                    main,
                    extra,
                    CivilJson.text(a, "ngayChapHanh"),
                    CivilJson.text(a, "ngayXoaAn"),
                    CivilJson.text(a, "dieuKhoan"),
                    CivilJson.text(a, "anPhi"),
                    CivilJson.text(a, "nghiaVuDanSu"),
                    CivilJson.text(a, "tinhTrangThiHanh")));
        }
        List<CourtBan> bans = new ArrayList<>();
        for (JsonNode b : k.path("dsCDNCV")) {
            bans.add(new CourtBan(
                    CivilJson.text(b, "soQuyetDinh"),
                    CivilJson.text(b, "ngayQuyetDinh"),
                    CivilJson.text(b, "toaAnQD"),
                    CivilJson.text(b, "chucVuCam"),
                    CivilJson.text(b, "thoiHanCam"),
                    CivilJson.text(b, "camTuNgay")));
        }
        return new CriminalRecordResult(
                CivilJson.text(v, "maHoSoMCDT"),
                state,
                CriminalRecordState.fromCode(state),
                CivilJson.text(k, "soPhieuLLTP"),
                issued,
                CivilJson.text(k, "loaiPhieu"),
                CivilJson.text(k, "nguoiLapPhieu"),
                CivilJson.text(k, "nguoiKy"),
                CivilJson.text(k, "chucVu"),
                CivilJson.text(k, "tinhTrangAnTich"),
                CivilJson.text(k, "tenTinhTrangAnTich"),
                CivilJson.text(k, "thongTinCDNCV"),
                CivilJson.text(k, "tenThongTinCDNCV"),
                sentences,
                bans,
                base64(k, "phieuLLTP"),
                base64(k, "quyetDinhThuHoi"));
    }

    private static byte[] base64(JsonNode k, String field) {
        String encoded = CivilJson.text(k, field);
        if (encoded == null) {
            return new byte[0];
        }
        try {
            return Base64.getMimeDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new EgovServiceException(200, null, field + " is not base64 / không phải base64", null, null);
        }
    }

    /** {@code DongBoTrangThaiParam}: the state and, with a result, the whole {@code ketQuaXuLy}. */
    public static ObjectNode status(CriminalRecordStatusUpdate u, String provinceCode, String provinceName) {
        ObjectNode o = CivilJson.object();
        CivilJson.put(o, "maTinh", provinceCode);
        CivilJson.put(o, "tenTinh", provinceName);
        o.put("maHoSoMCDT", u.localCode());
        o.put("trangThaiXuLy", String.valueOf(u.state().code()));
        o.put("tenTrangThaiXuLy", u.state().nameVi());
        o.put("lyDoTuChoi", u.refusalReason() == null ? "" : u.refusalReason());
        CivilJson.put(o, "ngayHenTraKetQua", CivilDates.formatSlash(u.dueOn()));
        o.put("type", u.withdrawal() ? "thuhoi" : "ketqua");
        CriminalRecordResult r = u.result();
        if (r == null) {
            o.putNull("ketQuaXuLy");
            return o;
        }
        ObjectNode k = o.putObject("ketQuaXuLy");
        CivilJson.put(k, "soPhieuLLTP", r.certificateNumber());
        CivilJson.put(k, "ngayCapPhieu", CivilDates.formatSlash(r.issuedOn()));
        CivilJson.put(k, "loaiPhieu", r.certificateType());
        CivilJson.put(k, "nguoiLapPhieu", r.preparedBy());
        CivilJson.put(k, "nguoiKy", r.signer());
        CivilJson.put(k, "chucVu", r.signerTitle());
        CivilJson.put(k, "tinhTrangAnTich", r.recordStatus());
        CivilJson.put(k, "tenTinhTrangAnTich", r.recordStatusName());
        CivilJson.put(k, "thongTinCDNCV", r.courtBanInfo());
        CivilJson.put(k, "tenThongTinCDNCV", r.courtBanInfoName());
        ArrayNode an = k.putArray("thongTinAn");
        for (CriminalSentence s : r.sentences()) {
            ObjectNode x = an.addObject();
            CivilJson.put(x, "soBanAn", s.judgmentNumber());
            CivilJson.put(x, "ngayBanAn", s.judgmentDate());
            CivilJson.put(x, "toaDaTuyen", s.courtCode());
            CivilJson.put(x, "tenToaDaTuyen", s.courtName());
            ArrayNode off = x.putArray("dsToiDanh");
            s.offences().forEach(c -> {
                ObjectNode y = off.addObject();
                CivilJson.put(y, "toiDanh", c.code());
                CivilJson.put(y, "tenToiDanh", c.name());
            });
            penalties(x.putArray("dsHinhPhatChinh"), s.mainPenalties(), "ghiChu");
            penalties(x.putArray("dsHinhPhatBoSung"), s.additionalPenalties(), "noiDungHinhPhatBoSung");
            CivilJson.put(x, "ngayChapHanh", s.servedOn());
            CivilJson.put(x, "ngayXoaAn", s.expungedOn());
            CivilJson.put(x, "dieuKhoan", s.articles());
            CivilJson.put(x, "anPhi", s.courtFee());
            CivilJson.put(x, "nghiaVuDanSu", s.civilObligation());
            CivilJson.put(x, "tinhTrangThiHanh", s.enforcementStatus());
        }
        ArrayNode bans = k.putArray("dsCDNCV");
        for (CourtBan b : r.courtBans()) {
            ObjectNode x = bans.addObject();
            CivilJson.put(x, "soQuyetDinh", b.decisionNumber());
            CivilJson.put(x, "ngayQuyetDinh", b.decisionDate());
            CivilJson.put(x, "toaAnQD", b.court());
            CivilJson.put(x, "chucVuCam", b.bannedPosition());
            CivilJson.put(x, "thoiHanCam", b.duration());
            CivilJson.put(x, "camTuNgay", b.from());
        }
        k.put("phieuLLTP", Base64.getEncoder().encodeToString(r.pdf()));
        byte[] withdrawal = r.withdrawalDecision();
        if (withdrawal.length > 0) {
            k.put("quyetDinhThuHoi", Base64.getEncoder().encodeToString(withdrawal));
        } else {
            k.putNull("quyetDinhThuHoi");
        }
        return o;
    }

    private static void penalties(ArrayNode out, List<CriminalSentence.Penalty> list, String detailField) {
        for (CriminalSentence.Penalty p : list) {
            ObjectNode y = out.addObject();
            CivilJson.put(y, "maHinhPhat", p.code());
            CivilJson.put(y, "tenHinhPhat", p.name());
            CivilJson.put(y, detailField, p.detail());
        }
    }
}
