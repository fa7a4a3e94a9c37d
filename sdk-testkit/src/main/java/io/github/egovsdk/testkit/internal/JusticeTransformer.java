package io.github.egovsdk.testkit.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The sandbox Ministry of Justice civil-status software (interconnected-services §1.4, Appendix B.2) under
 * {@code /btp/}: {@code NhanDKHT} ({@code status "1"}; a code already received → {@code errorDescription "Hồ sơ đã
 * được tiếp nhận"}) and {@code LayKetQua}, which drives each dossier one step per poll — 1, then 3, then 4 with the
 * registration and a real certificate PDF — unless the test decided 2 or 6, or an operator drives it from the console
 * ({@link CivilState#advanceMinistry}). Marriages ({@code LTKH}, {@code DataDKKH}) are checked field by field
 * ({@link MarriageChecks}) and registered with a marriage certificate PDF. Times are written strictly
 * {@code dd/MM/yyyy HH:mm:ss}, {@code ngayDangKy} {@code dd/MM/yyyy}. No auth (as the production client calls it).
 */
public final class JusticeTransformer implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "egov-sandbox-btp";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> MODULES = Set.of("LTKS", "LTKT", "LTKH");
    private final CivilState state;

    public JusticeTransformer(CivilState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String url = event.getRequest().getUrl();
        JsonNode body = EgovJson.tryParse(event.getRequest().getBodyAsString());
        synchronized (state) {
            if (url.endsWith("/NhanDKHT")) {
                return submit(body);
            }
            if (url.endsWith("/LayKetQua")) {
                return results(body);
            }
        }
        return push("0", "Thất bại", "E404", "Không có dịch vụ " + url);
    }

    private ResponseDefinition submit(JsonNode b) {
        if (b == null || !b.isObject()) {
            return push("0", "Thất bại", "E00", "Nội dung không phải JSON");
        }
        String code = b.path("maHoSoMCDT").asString("");
        if (code.isBlank()
                || b.path("maHoSoLT").asString("").isBlank()
                || b.path("maDonVi").asString("").isBlank()) {
            return push("0", "Thất bại", "E02", "Thiếu maHoSoMCDT, maHoSoLT hoặc maDonVi");
        }
        if (!MODULES.contains(b.path("module").asString(""))) {
            return push("0", "Thất bại", "E03", "module phải là LTKS, LTKT hoặc LTKH");
        }
        try {
            LocalDateTime.parse(b.path("ngayTiepNhan").asString(""), TIME);
        } catch (DateTimeParseException e) {
            return push("0", "Thất bại", "E04", "ngayTiepNhan phải theo dd/MM/yyyy HH:mm:ss");
        }
        JsonNode data =
                b.path("data").isString() ? EgovJson.tryParse(b.path("data").asString()) : null;
        if (data == null || !data.isObject()) {
            return push("0", "Thất bại", "E05", "data phải là chuỗi JSON");
        }
        if (state.btp.containsKey(code)) {
            return push("0", "Thất bại", "E01", "Hồ sơ đã được tiếp nhận");
        }
        if (b.path("module").asString().equals("LTKH")) {
            String wrong = MarriageChecks.problems(b, data);
            if (wrong != null) {
                return push("0", "Thất bại", "E06", wrong);
            }
        }
        state.btp.put(
                code,
                new CivilState.BtpDossier(
                        (ObjectNode) b.deepCopy(), data, b.path("ngayTiepNhan").asString()));
        return push("1", "Thành công", null, null);
    }

    private ResponseDefinition results(JsonNode b) {
        ObjectNode o = Responses.object();
        if (b == null
                || !b.path("maDinhDanhHoSo").isArray()
                || b.path("maTinh").asString("").isBlank()) {
            o.put("status", 0).put("statusDescription", "Thiếu maDinhDanhHoSo hoặc maTinh");
            return Responses.json(200, o);
        }
        o.put("status", 1).put("statusDescription", "Thành công");
        var value = o.putArray("value");
        for (JsonNode c : b.path("maDinhDanhHoSo")) {
            CivilState.BtpDossier d = state.btp.get(c.asString());
            if (d == null
                    || !d.push.path("module").asString().equals(b.path("module").asString())) {
                continue;
            }
            d.polls++;
            if (!d.driven) {
                d.status = d.polls == 1 ? "1" : d.polls == 2 ? "3" : "4";
            }
            String status = d.status;
            ObjectNode i = value.addObject();
            i.put("maDonVi", d.push.path("maDonVi").asString())
                    .put("maTinh", b.path("maTinh").asString())
                    .put("module", d.push.path("module").asString())
                    .put("maHoSoLT", d.push.path("maHoSoLT").asString())
                    .put("maHoSoMCDT", c.asString())
                    .putNull("errors");
            i.put("trangThai", status)
                    .put("thoiGianThucHien", LocalDateTime.now().format(TIME));
            i.put("nguoiXuLy", "CÁN BỘ TƯ PHÁP (SANDBOX)")
                    .put("chucDanh", "Công chức tư pháp - hộ tịch")
                    .put("phongBanXuLy", "UBND xã Sandbox");
            i.putNull("ghiChu");
            i.putNull("noiDungXuLy");
            i.putNull("hanBoSungHoSo");
            i.putNull("ketQuaXuLy");
            switch (status) {
                case "2" ->
                    i.put("noiDungXuLy", "Đề nghị bổ sung bản chụp giấy chứng sinh (sandbox)")
                            .put(
                                    "hanBoSungHoSo",
                                    LocalDateTime.now()
                                            .plusDays(10)
                                            .withHour(17)
                                            .withMinute(0)
                                            .withSecond(0)
                                            .withNano(0)
                                            .format(TIME));
                case "6" -> i.put("ghiChu", "Thông tin khai không khớp với giấy chứng sinh (sandbox)");
                case "4" -> i.set("ketQuaXuLy", result(d));
                default -> {}
            }
        }
        return Responses.json(200, o);
    }

    private ObjectNode result(CivilState.BtpDossier d) {
        if (d.push.path("module").asString().equals("LTKH")) {
            return MarriageChecks.result(d, state);
        }
        boolean birth = d.push.path("module").asString().equals("LTKS");
        JsonNode x = d.data;
        if (d.pdf == null) {
            d.personalId = birth
                    ? personalId(
                            x.path("nksNgaySinh").asString(""),
                            x.path("nksGioiTinh").asString(""))
                    : null;
            d.pdf = CertificatePdf.of(
                    birth, x, d.personalId, d.push.path("maHoSoMCDT").asString());
            String owner = birth ? d.personalId : x.path("nktSoGiayToTuyThan").asString("");
            if (!owner.isBlank()) {
                state.storeResult(
                        owner,
                        birth ? "KQ.G15.000031" : "KQ.G15.000034",
                        birth ? "Giấy khai sinh" : "Trích lục khai tử",
                        "01/" + LocalDateTime.now().getYear(),
                        "000.00.00.H27",
                        birth ? "giay-khai-sinh.pdf" : "trich-luc-khai-tu.pdf",
                        d.pdf);
            }
        }
        ObjectNode k = Responses.object();
        String today = LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        List<String> copied = birth
                ? List.of(
                        "nksHoTen",
                        "nksNgaySinh",
                        "nksNgaySinhBangChu",
                        "nksDanToc",
                        "nksQuocTich",
                        "meHoTen",
                        "meNgaySinh",
                        "meDanToc",
                        "meQuocTich",
                        "chaHoTen",
                        "chaNgaySinh",
                        "chaDanToc",
                        "chaQuocTich",
                        "nycHoTen",
                        "nycQuanHe")
                : List.of(
                        "nktHoTen",
                        "nktNgaySinh",
                        "nktDanToc",
                        "nktQuocTich",
                        "nktNgayChet",
                        "nktNguyenNhanChet",
                        "nycHoTen",
                        "nycQuanHe");
        if (birth) {
            k.put("soDinhDanh", d.personalId)
                    .put("ngayDangKy", today)
                    .put("ndkksMaTinh", "27")
                    .put("ndkksMaHuyen", "256")
                    .put("ndkksMaXa", "09193");
            k.put("nksGioiTinh", x.path("nksGioiTinh").asInt(1));
            for (String f : List.of("nksNoiSinh", "nksQueQuan", "meNoiCuTru", "chaNoiCuTru")) {
                k.set(f, x.path(f).isObject() ? x.path(f) : Responses.object());
            }
            k.put("meSoGiayTo", x.path("meSoGiayToTuyThan").asString(null));
            k.put("chaSoGiayTo", x.path("chaSoGiayToTuyThan").asString(null));
            k.put("giayKhaiSinh", Base64.getEncoder().encodeToString(d.pdf));
        } else {
            k.put("nktGioiTinh", x.path("nktGioiTinh").asInt(1)).put("nktLoaiCuTru", 1);
            k.set("nktNoiCuTru", x.path("nktNoiCuTru"));
            k.set("nktNoiChet", x.path("nktNoiChet"));
            k.put("nktSoGiayTo", x.path("nktSoGiayToTuyThan").asString(null));
            k.put("giayBaoTuLoai", x.path("gbtLoai").asString(null))
                    .put("giayBaoTuSo", x.path("gbtSo").asString(null));
            k.put("giayKhaiTu", Base64.getEncoder().encodeToString(d.pdf));
            k.put("maGiayToKetQua", "KQ.G15.000034");
        }
        copied.forEach(f -> k.put(f, x.path(f).asString(null)));
        k.put("nycSoGiayTo", x.path("nycSoGiayToTuyThan").asString(null));
        k.put("soDangKy", String.format("%03d", state.sequence.incrementAndGet()))
                .put("quyenSo", "01/" + LocalDateTime.now().getYear())
                .put("trangSo", "1");
        return k;
    }

    /** A well-formed personal ID for the newborn: Bắc Ninh (027), century/sex digit, year, 6 random digits. */
    static String personalId(String birthDate, String sex) {
        String year = birthDate.matches(".*\\d{4}$")
                ? birthDate.substring(birthDate.length() - 4)
                : String.valueOf(LocalDateTime.now().getYear());
        int century = Integer.parseInt(year.substring(0, 2));
        int digit = (century - 19) * 2 + ("2".equals(sex) ? 1 : 0);
        return "027" + digit + year.substring(2)
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private static ResponseDefinition push(String status, String description, String code, String error) {
        ObjectNode o = Responses.object();
        o.put("status", status).put("statusDescription", description);
        if (code == null) {
            o.putNull("errorCode");
            o.putNull("errorDescription");
        } else {
            o.put("errorCode", code).put("errorDescription", error);
        }
        return Responses.json(200, o);
    }
}
