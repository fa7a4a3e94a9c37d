package io.github.egovsdk.testkit.internal;

import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.thirdparty.jackson.databind.node.ArrayNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sandbox portal's catalogues (identity-and-public-service-portal.md §8.1–8.2): agencies ({@code LayDanhMucCoQuan}
 * → {@code MADONVI, TENDONVI}), sectors ({@code LayDanhMucLinhVuc} → {@code MALINHVUC, TENLINHVUC}), procedures
 * ({@code LayDanhSachTTHC}, {@code LayThuTuc} in the {@code TENTTHC / LINHVUCTHUCHIEN / CACHTHUCTHUCHIEN} shape) and
 * {@code TraCuuTechID} for the sandbox citizens. Fake but realistic Bắc Ninh data; every name says "sandbox".
 */
final class PortalCatalogue {
    /** A sandbox procedure: code, name, sector, processing time and fees (amount, unit, description). */
    record Procedure(
            String code,
            String name,
            String sectorCode,
            String time,
            String timeUnit,
            List<Fee> fees,
            String agencyName) {}

    record Fee(String amount, String unit, String description) {}

    record Sector(String code, String name) {}

    static final List<String[]> AGENCIES = List.of(
            new String[] {"000.00.00.H27", "UBND tỉnh Bắc Ninh (sandbox)"},
            new String[] {"000.00.12.H27", "Sở Tư pháp tỉnh Bắc Ninh (sandbox)"},
            new String[] {"000.00.15.H27", "Sở Nội vụ tỉnh Bắc Ninh (sandbox)"},
            new String[] {"000.20.27.H27", "UBND thành phố Bắc Ninh (sandbox)"},
            new String[] {"000.21.27.H27", "UBND phường Suối Hoa, thành phố Bắc Ninh (sandbox)"});

    static final List<Sector> SECTORS = List.of(
            new Sector("SBX-HT", "Hộ tịch"),
            new Sector("SBX-CT", "Chứng thực"),
            new Sector("SBX-LLTP", "Lý lịch tư pháp"),
            new Sector("SBX-TDKT", "Thi đua, khen thưởng"));

    static final List<Procedure> PROCEDURES = List.of(
            new Procedure(
                    "1.001234",
                    "Cấp bản sao trích lục hộ tịch (sandbox)",
                    "SBX-HT",
                    "3",
                    "Ngày làm việc",
                    List.of(new Fee("8000", "Đồng/bản", "Lệ phí cấp bản sao trích lục hộ tịch")),
                    "UBND phường Suối Hoa, thành phố Bắc Ninh (sandbox)"),
            new Procedure(
                    "1.001193",
                    "Đăng ký khai sinh (sandbox)",
                    "SBX-HT",
                    "1",
                    "Ngày làm việc",
                    List.of(),
                    "UBND phường Suối Hoa, thành phố Bắc Ninh (sandbox)"),
            new Procedure(
                    "2.000815",
                    "Chứng thực bản sao từ bản chính giấy tờ, văn bản (sandbox)",
                    "SBX-CT",
                    "4",
                    "Giờ làm việc",
                    List.of(new Fee("2.000", "Đồng/trang", "Lệ phí chứng thực bản sao (trang 1-2)")),
                    "UBND phường Suối Hoa, thành phố Bắc Ninh (sandbox)"),
            new Procedure(
                    "1.004876",
                    "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam (sandbox)",
                    "SBX-LLTP",
                    "10",
                    "Ngày làm việc",
                    List.of(
                            new Fee("200000", "Đồng/lần", "Phí cung cấp thông tin lý lịch tư pháp"),
                            new Fee("5000", "Đồng/bản", "Phí cấp từ Phiếu thứ 3 trở đi")),
                    "Sở Tư pháp tỉnh Bắc Ninh (sandbox)"),
            new Procedure(
                    "2.000305",
                    "Tặng Bằng khen của Chủ tịch UBND tỉnh (sandbox)",
                    "SBX-TDKT",
                    "20",
                    "Ngày làm việc",
                    List.of(),
                    "Sở Nội vụ tỉnh Bắc Ninh (sandbox)"));

    private PortalCatalogue() {}

    static ArrayNode agencies() {
        ArrayNode out = Responses.object().arrayNode();
        AGENCIES.forEach(a -> out.addObject().put("MADONVI", a[0]).put("TENDONVI", a[1]));
        return out;
    }

    static ArrayNode sectors() {
        ArrayNode out = Responses.object().arrayNode();
        SECTORS.forEach(s -> out.addObject().put("MALINHVUC", s.code()).put("TENLINHVUC", s.name()));
        return out;
    }

    static ArrayNode procedures() {
        ArrayNode out = Responses.object().arrayNode();
        for (Procedure p : PROCEDURES) {
            out.addObject()
                    .put("MATTHC", p.code())
                    .put("TENTTHC", p.name())
                    .put("MALINHVUC", p.sectorCode())
                    .put("TENLINHVUC", sector(p.sectorCode()).name())
                    .put("COQUANTHUCHIEN", p.agencyName());
        }
        return out;
    }

    /** {@code LayThuTuc}: the procedure's details, or empty for an unknown code. */
    static Optional<ObjectNode> procedure(String code) {
        String c = code == null ? "" : code.strip();
        return PROCEDURES.stream().filter(p -> p.code().equals(c)).findFirst().map(PortalCatalogue::details);
    }

    private static ObjectNode details(Procedure p) {
        ObjectNode o = Responses.object();
        o.put("MATTHC", p.code());
        o.put("TENTTHC", p.name());
        Sector s = sector(p.sectorCode());
        o.putArray("LINHVUCTHUCHIEN").addObject().put("MALINHVUC", s.code()).put("TENLINHVUC", s.name());
        o.put(
                "TRINHTUTHUCHIEN",
                "Bước 1: Nộp hồ sơ tại Bộ phận một cửa hoặc trên Cổng DVC. Bước 2: Cán bộ kiểm tra,"
                        + " tiếp nhận. Bước 3: Trả kết quả.");
        ArrayNode ways = o.putArray("CACHTHUCTHUCHIEN");
        for (String kenh : List.of("Trực tiếp", "Trực tuyến")) {
            ObjectNode way = ways.addObject().put("KENH", kenh);
            ObjectNode t = way.putArray("THOIGIAN")
                    .addObject()
                    .put("THOIGIANGIAIQUYET", p.time())
                    .put("DONVITINH", p.timeUnit())
                    .put(
                            "MOTA",
                            p.time() + " " + p.timeUnit().toLowerCase(Locale.ROOT) + " kể từ khi nhận đủ hồ sơ hợp lệ");
            ArrayNode fees = t.putArray("PHILEPHI");
            p.fees().forEach(f -> fees.addObject()
                    .put("SOTIEN", f.amount())
                    .put("DONVI", f.unit())
                    .put("MOTA", f.description()));
        }
        o.putArray("THANHPHANHOSO")
                .addObject()
                .put("TENGIAYTO", "Tờ khai theo mẫu (sandbox)")
                .put("SOBAN", "1");
        o.putArray("KETQUATHUCHIEN")
                .addObject()
                .put("MAKETQUA", "KQ-" + p.code())
                .put("TENKETQUA", "Kết quả " + p.name());
        o.putArray("CANCUPHAPLY")
                .addObject()
                .put("SOVANBAN", "00/2026/SANDBOX")
                .put("TENVANBAN", "Văn bản thử nghiệm (sandbox, không có giá trị pháp lý)");
        o.putArray("COQUANTHUCHIEN").addObject().put("TENDONVI", p.agencyName());
        o.put("YEUCAU", "Không");
        o.put("MOTADOITUONGTHUCHIEN", "Công dân Việt Nam");
        return o;
    }

    private static Sector sector(String code) {
        return SECTORS.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    /** {@code TraCuuTechID}: the TechID of the sandbox citizen with this personal ID (or CMND / tax number). */
    static Optional<String> techId(String idOrTaxNumber) {
        String n = idOrTaxNumber == null ? "" : idOrTaxNumber.strip();
        return SandboxCitizen.ALL.stream()
                .filter(c -> c.personalId().equals(n))
                .map(SandboxCitizen::techId)
                .findFirst();
    }
}
