package io.github.egovsdk.testkit;

import io.github.egovsdk.civil.criminal.CriminalRecordClient;
import io.github.egovsdk.civil.interconnect.InterconnectClient;
import io.github.egovsdk.civil.justice.CivilStatusClient;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.testkit.internal.CivilState;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import io.github.egovsdk.thirdparty.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sandbox's interconnected civil-status services (Decree 63/2024 hand-off): the DVCLT software ({@code /dvclt/}),
 * the Ministry of Justice's civil-status software ({@code /btp/}), the criminal-record gateway ({@code /lltp/}) and
 * the portal's results store ({@code /khoso/}); the portal Q&amp;A answers on the portal adapter. A test (or the demo)
 * files dossiers as the portal would, then watches what the one-stop system did: acknowledgements, the statuses the
 * DVCLT software recorded (each once), what the ministry received. Obtained from {@link EgovSandbox#civil()}.
 */
public final class SandboxCivil {
    /** DVCLT account. */
    public static final String DVCLT_USERNAME = CivilState.DVCLT_USER;
    /** DVCLT password. */
    public static final String DVCLT_PASSWORD = CivilState.DVCLT_PASSWORD;
    /** The criminal-record gateway's shared {@code authKey}. */
    public static final String LLTP_AUTH_KEY = CivilState.LLTP_AUTH_KEY;
    /** The sandbox province code ({@code maTinh}: Bắc Ninh). */
    public static final String PROVINCE = "27";
    /** The registration authority of sandbox dossiers ({@code noiDangKy} / {@code maDonVi}: a commune). */
    public static final String UNIT = "09193";

    private static final DateTimeFormatter DOT = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private final CivilState state;
    private final Supplier<String> base;

    SandboxCivil(CivilState state, Supplier<String> base) {
        this.state = state;
        this.base = base;
    }

    public URI interconnectEndpoint() {
        return URI.create(base.get() + "/dvclt/");
    }

    public URI civilStatusEndpoint() {
        return URI.create(base.get() + "/btp/");
    }

    public URI criminalRecordEndpoint() {
        return URI.create(base.get() + "/lltp/");
    }

    public URI resultsStoreEndpoint() {
        return URI.create(base.get() + "/khoso/");
    }

    /** A ready client of the sandbox DVCLT software (close it). */
    public InterconnectClient interconnectClient() {
        return InterconnectClient.builder()
                .endpoint(interconnectEndpoint())
                .login(DVCLT_USERNAME, DVCLT_PASSWORD)
                .build();
    }

    /** A ready client of the sandbox ministry (close it). */
    public CivilStatusClient civilStatusClient() {
        return CivilStatusClient.builder()
                .endpoint(civilStatusEndpoint())
                .provinceCode(PROVINCE)
                .build();
    }

    /** A ready client of the sandbox criminal-record gateway (close it). */
    public CriminalRecordClient criminalRecordClient() {
        return CriminalRecordClient.builder()
                .endpoint(criminalRecordEndpoint())
                .authKey(LLTP_AUTH_KEY)
                .province(PROVINCE, "Bắc Ninh")
                .build();
    }

    /**
     * Files a newborn's birth registration on the DVCLT side, as the portal does when a parent submits it: the mother
     * is a sandbox citizen, the hospital's certificate (giấy chứng sinh) is attached as a PDF. Returns the DVCLT id.
     */
    public String fileBirth(String interconnectCode, SandboxCitizen mother, String childName, LocalDate born) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("maGCS", "GCS-" + interconnectCode);
        f.put("ngayCapGCS", born.format(DateTimeFormatter.BASIC_ISO_DATE));
        f.put("loaiDangKy", "1");
        f.put("noiDangKy", UNIT);
        f.put("soLuongBanSao", "1");
        f.put("nksHoTen", childName);
        f.put("nksGioiTinh", "1");
        f.put("nksNgaySinh", born.format(DOT));
        f.put("nksNoiSinh", "Bệnh viện Sản Nhi Bắc Ninh (sandbox)");
        f.put("nksNoiSinhDVHC", PROVINCE);
        f.put("nksQueQuan", mother.address());
        f.put("nksDanToc", "01");
        f.put("nksQuocTich", "VN");
        f.put("meHoTen", mother.fullName());
        f.put("meNgaySinh", mother.dateOfBirth().format(DOT));
        f.put("meLoaiCuTru", "1");
        f.put("meNoiCuTru", mother.address());
        f.put("meLoaiGiayToTuyThan", "1");
        f.put("meSoGiayToTuyThan", mother.personalId());
        f.put("nycHoTen", mother.fullName());
        f.put("nycQuanHe", "Mẹ");
        f.put("nycLoaiGiayToTuyThan", "1");
        f.put("nycSoGiayToTuyThan", mother.personalId());
        return file("KS", "2.000986", interconnectCode, f, "Giấy chứng sinh", "giay-chung-sinh.pdf");
    }

    /** Files a death registration on the DVCLT side (requester: a sandbox citizen). Returns the DVCLT id. */
    public String fileDeath(
            String interconnectCode, SandboxCitizen requester, String deceasedName, String deceasedId, LocalDate died) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("maGBT", "GBT-" + interconnectCode);
        f.put("ngayCapGBT", died.format(DateTimeFormatter.BASIC_ISO_DATE));
        f.put("noiDangKy", UNIT);
        f.put("nktHoTen", deceasedName);
        f.put("nktGioiTinh", "1");
        f.put("nktNgaySinh", "01.01.1940");
        f.put("nktSoGiayToTuyThan", deceasedId);
        f.put("nktNoiCuTru", requester.address());
        f.put("nktNgayChet", died.format(DOT));
        f.put("nktNoiChet", "Tại nhà");
        f.put("nktNguyenNhanChet", "Già yếu");
        f.put("nycHoTen", requester.fullName());
        f.put("nycQuanHe", "Con");
        f.put("nycSoGiayToTuyThan", requester.personalId());
        return file("KT", "1.011733", interconnectCode, f, "Giấy báo tử", "giay-bao-tu.pdf");
    }

    private String file(
            String module, String procedure, String code, Map<String, String> fields, String docName, String fileName) {
        StringBuilder x = new StringBuilder("<hoSoLienThong><hoTich>");
        fields.forEach((k, v) -> x.append('<')
                .append(k)
                .append('>')
                .append(v.replace("&", "&amp;").replace("<", "&lt;"))
                .append("</")
                .append(k)
                .append('>'));
        x.append("</hoTich></hoSoLienThong>");
        ObjectNode inner = EgovJson.mapper().createObjectNode();
        inner.put("maDonVi", Integer.parseInt(UNIT));
        inner.put("maTTHC", procedure)
                .put("module", module)
                .put("maHoSo", code)
                .put(
                        "ngayTiepNhan",
                        LocalDateTime.now().withNano(0).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")))
                .put("techId", "TECH-SANDBOX-DVCLT")
                .put("data", x.toString());
        byte[] pdf = ("%PDF-1.4\n% " + docName + " (sandbox)\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        var files = inner.putArray("fileDinhKem");
        files.addObject()
                .put("id", 1)
                .put("loaiGiayTo", 1)
                .put("tenGiayTo", docName)
                .put("tenTepDinhKem", fileName)
                .put("huyGiayTo", 0)
                .put("duLieuTepDinhKem", Base64.getEncoder().encodeToString(pdf));
        files.addObject()
                .put("id", 2)
                .put("loaiGiayTo", 1)
                .put("tenGiayTo", docName + " (bản đã hủy)")
                .put("tenTepDinhKem", "huy-" + fileName)
                .put("huyGiayTo", 1)
                .put(
                        "duLieuTepDinhKem",
                        Base64.getEncoder().encodeToString("cancelled".getBytes(StandardCharsets.UTF_8)));
        return state.file(inner);
    }

    /** Files a dossier given as the inner Detail JSON (an object with {@code maHoSo}, {@code data} XML, …). */
    public String fileRaw(String innerDetailJson) {
        JsonNode n = EgovJson.tryParse(innerDetailJson);
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return state.file((ObjectNode) n);
    }

    /** The statuses ({@code trangThai}) the DVCLT software recorded for a dossier, in order, each at most once. */
    public List<Integer> statuses(String interconnectCode) {
        return state.statuses(interconnectCode).stream()
                .map(s -> s.path("trangThai").asInt())
                .toList();
    }

    /** The status bodies as received (JSON), in order. */
    public List<String> statusBodies(String interconnectCode) {
        return state.statuses(interconnectCode).stream().map(JsonNode::toString).toList();
    }

    public boolean acknowledged(String interconnectCode) {
        return state.acknowledged(interconnectCode);
    }

    /** Whether the ministry holds this local dossier (a repeated push is never stored twice). */
    public boolean ministryHas(String localCode) {
        return state.ministryHas(localCode) == 1;
    }

    /** Makes the ministry's next answers for a dossier "2" (supplement) or "6" (refused) instead of registering it. */
    public void ministryDecides(String localCode, String status) {
        state.forceMinistryOutcome(localCode, status);
    }

    /** The criminal-record states pushed to VNeID for a dossier, in order. */
    public List<Integer> vneidStates(String localCode) {
        return state.vneidStatuses(localCode).stream()
                .map(s -> s.path("trangThaiXuLy").asInt())
                .toList();
    }

    /** Adds a document to the results store (e.g. a prior birth certificate of a citizen). */
    public void storeResult(
            String ownerId,
            String resultCode,
            String name,
            String number,
            String agency,
            String fileName,
            byte[] content) {
        state.storeResult(ownerId, resultCode, name, number, agency, fileName, content);
    }

    /** The Q&amp;A items pushed with {@code DongBoHoiDap}, as JSON. */
    public List<String> pushedQuestions() {
        return state.pushedQuestions().stream().map(JsonNode::toString).toList();
    }
}
