package io.github.egovsdk.vneid.population;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.gateway.Gateway;
import io.github.egovsdk.core.gateway.GatewayAuth;
import io.github.egovsdk.core.gateway.GatewayPaths;
import io.github.egovsdk.core.gateway.LgspKeys;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.core.xml.XmlSecurityException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The population database's direct SOAP shapes against WireMock: namespace, operation element (both naming variants),
 * the order of the first five elements, CongdanCollection in its schema and richer forms, raw SOAP and
 * JSON-wrapped replies, faults, gateway codes, unsafe and oversized XML, and a gateway route (style A).
 */
class PopulationSoapTest {
    static final String ID = "001099012345";
    static final LookupContext WHO = new LookupContext("079088000111", "Tiếp nhận hồ sơ H27.5-250101-0001");
    static final CitizenQuery Q = CitizenQuery.byPersonalId(ID, "Nguyễn Văn Thử", LocalDate.of(1999, 1, 1));
    static final String ENV = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soapenv:Body xmlns:dan=\"http://dancuquocgia.bca\">";
    static final String END = "</soapenv:Body></soapenv:Envelope>";
    WireMockServer server;
    final List<AuditRecord> audit = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    PopulationDbClient direct(PopulationSoapDialect dialect) {
        return PopulationDbClient.builder()
                .endpoint(server.baseUrl() + "/ws/")
                .soap(dialect)
                .integrationCode("037")
                .serviceCode("VPCP")
                .auditHook(audit::add)
                .build();
    }

    static String collection(String congDan) {
        return "<ns1:CongdanCollection xmlns:ns1=\"http://www.mic.gov.vn/dancu/1.0\" SoCongDan=\"1\""
                + " ThoiDiemDuLieu=\"2025-01-01T08:00:00\">" + congDan + "</ns1:CongdanCollection>";
    }

    static final String RICH = "<ns1:CongDan><ns1:SoDinhDanh>" + ID + "</ns1:SoDinhDanh><ns1:SoCMND>012345678"
            + "</ns1:SoCMND><ns1:LoaiTaiKhoan>1</ns1:LoaiTaiKhoan><ns1:HoVaTen><ns1:Ho>NGUYỄN</ns1:Ho><ns1:ChuDem>VĂN"
            + "</ns1:ChuDem><ns1:Ten>THỬ</ns1:Ten></ns1:HoVaTen><ns1:GioiTinh>1</ns1:GioiTinh><ns1:DanToc>01"
            + "</ns1:DanToc><ns1:NhomMau>O</ns1:NhomMau><ns1:QuocTich>VN</ns1:QuocTich><ns1:NgayThangNamSinh>"
            + "<ns1:NgayThangNam>19990101</ns1:NgayThangNam></ns1:NgayThangNamSinh><ns1:ThuongTru><ns1:MaTinhThanh>"
            + "27</ns1:MaTinhThanh><ns1:MaQuanHuyen>256</ns1:MaQuanHuyen><ns1:MaPhuongXa>09190</ns1:MaPhuongXa>"
            + "<ns1:ChiTiet>Thôn Z</ns1:ChiTiet></ns1:ThuongTru><ns1:Cha><ns1:HoVaTen>NGUYỄN VĂN CHA</ns1:HoVaTen>"
            + "<ns1:SoDinhDanh>001060000001</ns1:SoDinhDanh><ns1:QuocTich>VN</ns1:QuocTich></ns1:Cha><ns1:Me>"
            + "<ns1:SoDinhDanh>001165000002</ns1:SoDinhDanh><ns1:HoVaTen><ns1:Ho>TRẦN</ns1:Ho><ns1:ChuDem>THỊ"
            + "</ns1:ChuDem><ns1:Ten>MẸ</ns1:Ten></ns1:HoVaTen></ns1:Me><ns1:ChuHo><ns1:QuanHe>Con</ns1:QuanHe>"
            + "<ns1:SoDinhDanh>001060000001</ns1:SoDinhDanh><ns1:HoVaTen>NGUYỄN VĂN CHA</ns1:HoVaTen></ns1:ChuHo>"
            + "<ns1:SoSoHoKhau>HK-01</ns1:SoSoHoKhau></ns1:CongDan>";

    @Test
    void lookUp_whenStandardDialect_sendsOrderedElementsAndReadsTheRichRecord() {
        server.stubFor(post(urlEqualTo("/ws/"))
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(ENV + collection(RICH) + END)));
        List<CitizenRecord> records;
        try (PopulationDbClient c = direct(PopulationSoapDialect.STANDARD)) {
            records = c.lookUp(Q, WHO);
        }
        String body =
                server.findAll(postRequestedFor(urlEqualTo("/ws/"))).get(0).getBodyAsString();
        assertThat(body)
                .contains("xmlns:qldc=\"http://dancuquocgia.bca\"")
                .contains("<soapenv:Header/>")
                .contains("<qldc:TraCuuThongTinCongDan>")
                .containsPattern("<qldc:TraCuuThongTinCongDan><qldc:MaYeuCau>REQ-[^<]+</qldc:MaYeuCau>"
                        + "<qldc:MaDVC>VPCP</qldc:MaDVC><qldc:MaTichHop>037</qldc:MaTichHop><qldc:MaCanBo>"
                        + "079088000111</qldc:MaCanBo><qldc:SoDinhDanh>001099012345</qldc:SoDinhDanh>"
                        + "<qldc:HoVaTen>NGUYEN VAN THU</qldc:HoVaTen><qldc:NgayThangNamSinh><qldc:NgayThangNam>"
                        + "19990101</qldc:NgayThangNam></qldc:NgayThangNamSinh>");
        assertThat(records).hasSize(1);
        CitizenRecord r = records.get(0);
        assertThat(r.fullName()).isEqualTo("NGUYỄN VĂN THỬ");
        assertThat(r.dateOfBirth()).contains(LocalDate.of(1999, 1, 1));
        assertThat(r.birthYear()).contains(1999);
        assertThat(r.bloodGroup()).isEqualTo("O");
        assertThat(r.permanentAddress().orElseThrow().wardCode()).isEqualTo("09190");
        assertThat(r.relative("Cha").orElseThrow().fullName()).isEqualTo("NGUYỄN VĂN CHA");
        assertThat(r.relative("Me").orElseThrow().fullName()).isEqualTo("TRẦN THỊ MẸ");
        assertThat(r.relative("ChuHo").orElseThrow().relation()).isEqualTo("Con");
        assertThat(r.householdBook()).isEqualTo("HK-01");
        assertThat(r.toString()).doesNotContain(ID).doesNotContain("THỬ");
        assertThat(audit).singleElement().satisfies(a -> assertThat(a.outcome()).isEqualTo(AuditRecord.Outcome.MATCH));
    }

    @Test
    void verifyInformation_whenMockDialect_usesRequestSuffixAndMaDichVuAndReadsTonTai() {
        server.stubFor(post(urlEqualTo("/ws/"))
                .willReturn(aResponse()
                        .withBody(ENV
                                + "<ns2:KetQuaXacThucResponse xmlns:ns2=\"http://dancuquocgia.bca\">"
                                + "<ns2:TonTai>true</ns2:TonTai>"
                                + "</ns2:KetQuaXacThucResponse>" + END)));
        try (PopulationDbClient c = direct(PopulationSoapDialect.NDXP_MOCK)) {
            assertThat(c.verifyInformation(Q, WHO).matches()).isTrue();
        }
        String body =
                server.findAll(postRequestedFor(urlEqualTo("/ws/"))).get(0).getBodyAsString();
        assertThat(body)
                .containsPattern("<qldc:XacThucThongTinCongDanRequest><qldc:MaYeuCau>[^<]+</qldc:MaYeuCau>"
                        + "<qldc:MaDichVu>VPCP</qldc:MaDichVu><qldc:MaCanBo>")
                .doesNotContain("MaTichHop");
    }

    @Test
    void verifyInformation_whenKetQuaXacThucFalse_isNoMatch() {
        server.stubFor(post(urlEqualTo("/ws/"))
                .willReturn(aResponse().withBody(ENV + "<KetQuaXacThuc><TonTai>false</TonTai></KetQuaXacThuc>" + END)));
        try (PopulationDbClient c = direct(PopulationSoapDialect.STANDARD)) {
            assertThat(c.verifyInformation(Q, WHO).outcome()).isEqualTo(VerificationOutcome.NO_MATCH);
        }
    }

    @Test
    void verifyRelatives_whenGtelNamespace_sendsItAndReadsRelatives() {
        server.stubFor(post(urlEqualTo("/ws/"))
                .willReturn(aResponse()
                        .withBody(ENV + "<XacMinhThongTinNhanThanResponse>" + collection(RICH)
                                + "</XacMinhThongTinNhanThanResponse>" + END)));
        PopulationSoapDialect gtel = new PopulationSoapDialect(PopulationSoapDialect.GTEL_NS, true, false);
        try (PopulationDbClient c = direct(gtel)) {
            assertThat(c.verifyRelatives(Q, WHO).get(0).relatives())
                    .extracting(Relative::role)
                    .containsExactly("Cha", "Me", "ChuHo");
        }
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/ws/"))).get(0).getBodyAsString())
                .contains("xmlns:qldc=\"http://gtel.vn/qldc\"")
                .contains("<qldc:XacMinhThongTinNhanThanRequest>");
    }

    @Test
    void verifyHouseholdHead_throughGatewayStyleA_sendsBothHeadersAndReadsJsonWrappedSoap() {
        LgspKeys keys = new LgspKeys("ak", "sk-KHONG-DUNG-THAT", "MotCua", "H27", "");
        server.stubFor(post(urlEqualTo("/lgsp/token"))
                .withHeader("lgspaccesstoken", equalTo(keys.headerValue()))
                .willReturn(okJson("{\"access_token\":\"at-1\",\"expires_in\":3600}")));
        // The published example, unprefixed schema variant with a year-only birth.
        String soap = ENV + "<CongdanCollection xmlns=\"http://www.mic.gov.vn/dancu/1.0\"><CongDan><SoDinhDanh>" + ID
                + "</SoDinhDanh><HoVaTen>Nguyễn Văn Thử</HoVaTen><NgayThangNamSinh><NgayThangNam>01/01/1999"
                + "</NgayThangNam></NgayThangNamSinh></CongDan></CongdanCollection>" + END;
        server.stubFor(post(urlEqualTo("/lgsp/qldc/chuho"))
                .withHeader("Authorization", equalTo("Bearer at-1"))
                .withHeader("lgspaccesstoken", equalTo(keys.headerValue()))
                .willReturn(okJson(EgovJson.mapper()
                        .createObjectNode()
                        .put("error_code", "0")
                        .put("message", soap)
                        .toString())));
        Gateway lgsp = Gateway.builder()
                .baseUri(server.baseUrl() + "/lgsp/")
                .paths(GatewayPaths.configKeys(Map.of("getToken", "token", "XacMinhThongTinChuHo", "qldc/chuho")))
                .credentials(GatewayAuth.builder().lgspAccessToken(URI.create(server.baseUrl() + "/lgsp/token"), keys))
                .build();
        try (PopulationDbClient c = PopulationDbClient.builder()
                .gateway(lgsp)
                .soap(PopulationSoapDialect.STANDARD)
                .integrationCode("037")
                .serviceCode("VPCP")
                .unitCode("000.00.00.H27")
                .auditHook(audit::add)
                .build()) {
            assertThat(c.verifyHouseholdHead(Q, WHO).matches()).isTrue();
        }
        assertThat(server.findAll(postRequestedFor(urlEqualTo("/lgsp/qldc/chuho")))
                        .get(0)
                        .getBodyAsString())
                .contains("<qldc:MaDonVi>000.00.00.H27</qldc:MaDonVi>");
    }

    @Test
    void lookUp_whenGatewayErrorCode_throwsItAndAuditsTheError() {
        server.stubFor(post(urlEqualTo("/ws/"))
                .willReturn(okJson("{\"error_code\":\"-1\",\"message\":\"Sai MaCanBo" + " 079088000111\"}")));
        try (PopulationDbClient c = direct(PopulationSoapDialect.STANDARD)) {
            assertThatThrownBy(() -> c.lookUp(Q, WHO)).isInstanceOfSatisfying(EgovServiceException.class, e -> {
                assertThat(e.serviceErrorCode()).contains("-1");
                assertThat(e.getMessage()).doesNotContain("079088000111");
            });
        }
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AuditRecord.Outcome.ERROR);
            assertThat(a.errorCode()).contains("-1");
        });
    }

    @Test
    void lookUp_whenFaultUnsafeOrOversized_throwsTypedErrors() {
        try (PopulationDbClient c = direct(PopulationSoapDialect.STANDARD)) {
            server.stubFor(post(urlEqualTo("/ws/"))
                    .willReturn(aResponse()
                            .withBody(ENV
                                    + "<soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>loi</faultstr"
                                    + "ing>"
                                    + "</soapenv:Fault>" + END)));
            assertThatThrownBy(() -> c.lookUp(Q, WHO))
                    .isInstanceOfSatisfying(EgovServiceException.class, e -> assertThat(e.serviceErrorCode())
                            .contains("soapenv:Server"));
            server.stubFor(post(urlEqualTo("/ws/"))
                    .willReturn(aResponse()
                            .withBody("<?xml version=\"1.0\"?>"
                                    + "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>")));
            assertThatThrownBy(() -> c.lookUp(Q, WHO)).isInstanceOf(XmlSecurityException.class);
            server.stubFor(post(urlEqualTo("/ws/"))
                    .willReturn(aResponse()
                            .withBody(
                                    ENV + collection("<ns1:CongDan>" + "x".repeat(1 << 20) + "</ns1:CongDan>") + END)));
            assertThatThrownBy(() -> c.lookUp(Q, WHO)).isInstanceOf(EgovException.class);
            server.stubFor(post(urlEqualTo("/ws/")).willReturn(aResponse().withBody(ENV + "<Other/>" + END)));
            assertThatThrownBy(() -> c.lookUp(Q, WHO))
                    .isInstanceOfSatisfying(EgovServiceException.class, e -> assertThat(e.serviceErrorCode())
                            .contains("BAD_MESSAGE"));
        }
    }

    @Test
    void submitBatch_thenResult_pendingThenReady() {
        server.stubFor(post(urlEqualTo("/ws/"))
                .withRequestBody(WireMock.containing("CungCapDanhSachTheoDoTuoi"))
                .willReturn(aResponse()
                        .withBody(ENV
                                + "<CungCapDanhSachTheoDoTuoiResponse><TrangThai>DA_TIEP_NHAN</TrangThai>"
                                + "</CungCapDanhSachTheoDoTuoiResponse>" + END)));
        try (PopulationDbClient c = direct(PopulationSoapDialect.STANDARD)) {
            String id = c.submitBatch(PopulationOperation.CUNG_CAP_DANH_SACH_THEO_DO_TUOI, Map.of("TuTuoi", "18"), WHO);
            server.stubFor(post(urlEqualTo("/ws/"))
                    .withRequestBody(WireMock.containing("GetRequestResult"))
                    .willReturn(aResponse()
                            .withBody(ENV
                                    + "<GetRequestResultResponse><TrangThai>DANG_XU_LY</TrangThai></GetRequestResultR"
                                    + "esponse>"
                                    + END)));
            BatchRequestResult pending = c.batchResult(id, WHO);
            assertThat(pending.ready()).isFalse();
            assertThat(pending.status()).isEqualTo("DANG_XU_LY");
            server.stubFor(post(urlEqualTo("/ws/"))
                    .withRequestBody(WireMock.containing("GetRequestResult"))
                    .willReturn(aResponse().withBody(ENV + collection(RICH) + END)));
            BatchRequestResult ready = c.batchResult(id, WHO);
            assertThat(ready.ready()).isTrue();
            assertThat(ready.records()).hasSize(1);
            assertThat(server.findAll(postRequestedFor(urlEqualTo("/ws/")))
                            .get(1)
                            .getBodyAsString())
                    .contains("<qldc:MaYeuCauGoc>" + id + "</qldc:MaYeuCauGoc>");
            assertThatThrownBy(() -> c.submitBatch(PopulationOperation.TRA_CUU_THONG_TIN_CONG_DAN, Map.of(), WHO))
                    .isInstanceOf(EgovClientException.class);
        }
    }

    @Test
    void operations_whenListed_areTheTwentyFiveOfTheRecord() {
        assertThat(PopulationOperation.values()).hasSize(25);
        assertThat(PopulationOperation.fromWireName("XacThucThongTinCongDanRequest"))
                .contains(PopulationOperation.XAC_THUC_THONG_TIN_CONG_DAN);
        assertThat(PopulationOperation.fromWireName("Nope")).isEmpty();
    }

    @Test
    void soapCall_whenNotConfigured_explains() {
        try (PopulationDbClient c = PopulationDbClient.builder()
                .endpoint(server.baseUrl())
                .integrationCode("037")
                .serviceCode("VPCP")
                .auditHook(audit::add)
                .build()) {
            assertThatThrownBy(() -> c.lookUp(Q, WHO)).hasMessageContaining("soap(dialect)");
        }
    }
}
