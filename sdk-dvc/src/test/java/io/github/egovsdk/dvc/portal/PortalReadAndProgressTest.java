package io.github.egovsdk.dvc.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.egovsdk.core.EgovTransportException;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.core.json.EgovJson;
import io.github.egovsdk.dvc.dossier.Channel;
import io.github.egovsdk.dvc.dossier.Dossier;
import io.github.egovsdk.dvc.dossier.DossierStatus;
import io.github.egovsdk.dvc.dossier.FeeCollection;
import io.github.egovsdk.dvc.dossier.ReturnMethod;
import io.github.egovsdk.dvc.procedure.Procedure;
import io.github.egovsdk.dvc.procedure.ProcessingTime;
import io.github.egovsdk.thirdparty.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lookup, progress, catalogues and TechID against WireMock stubs in the portal adapter's shapes. */
class PortalReadAndProgressTest {
    static final String CODE = PortalClientTest.CODE;
    static final String API = PortalClientTest.API;
    private WireMockServer portal;
    private PortalClient client;

    @BeforeEach
    void start() {
        portal = new WireMockServer(options().dynamicPort());
        portal.start();
        client = PortalClient.builder()
                .endpoint(portal.baseUrl() + "/dvcqg")
                .login("motcua", "mat-khau")
                .dstCode("000.00.00.H27")
                .agencyCode("000.00.00.H27")
                .progressChunkSize(2)
                .retryPolicy(
                        RetryPolicy.builder().baseDelay(Duration.ofMillis(5)).build())
                .build();
        portal.stubFor(
                post(urlEqualTo(PortalClientTest.LOGIN)).willReturn(okJson("{\"session\":\"S1\",\"error_code\":0}")));
    }

    @AfterEach
    void stop() {
        client.close();
        portal.stop();
    }

    private MappingBuilder service(String name) {
        return post(urlEqualTo(API)).withRequestBody(matchingJsonPath("$.service", equalTo(name)));
    }

    @Test
    void lookup_whenFound_readsEveryFieldBackIncluding2025AndUnknownOnes() throws Exception {
        portal.stubFor(service("TraCuuHoSo")
                .withRequestBody(matchingJsonPath("$.mahoso", equalTo(CODE)))
                .willReturn(okJson(Files.readString(Path.of("src/test/resources/portal/tra-cuu-ho-so.json")))));

        PortalDossier found = client.lookup(CODE).orElseThrow();

        Dossier d = found.dossier();
        assertThat(d.code()).isEqualTo(CODE);
        assertThat(d.channel()).isEqualTo(Channel.ONLINE);
        assertThat(d.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(d.receivedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 13, 30));
        assertThat(d.returnedAt()).isNull();
        assertThat(d.returnMethod()).isEqualTo(ReturnMethod.POSTAL);
        assertThat(d.applicant().techId()).isEqualTo("TECH-42");
        assertThat(d.applicant().identities()).singleElement().satisfies(i -> assertThat(i.number())
                .isEqualTo("001099012345"));
        assertThat(d.documents()).singleElement().satisfies(f -> {
            assertThat(f.digitised()).isTrue();
            assertThat(f.downloadUrl()).hasToString("https://motcua.example.gov.vn/files/f1");
        });
        assertThat(d.fees()).singleElement().satisfies(f -> {
            assertThat(f.collection()).isEqualTo(FeeCollection.BEFORE); // "Thu truoc" without diacritics
            assertThat(f.amountVnd()).isEqualTo(8000);
        });
        assertThat(d.supplements().get(0).suspension()).isPresent();
        assertThat(d.results()).singleElement().satisfies(r -> assertThat(r.documentId())
                .isEqualTo("kq1"));
        assertThat(d.vneidVerified()).isTrue();
        assertThat(d.paidOnline()).isTrue();
        assertThat(d.hasDigitisedComponents()).isTrue();
        assertThat(d.submittedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 13, 20));
        assertThat(d.connectedDatabases()).containsExactly("7");
        assertThat(found.progress()).singleElement().satisfies(p -> {
            assertThat(p.handler()).isEqualTo("Trần Thị B");
            assertThat(p.status()).isEqualTo(DossierStatus.ACCEPTED);
        });
        assertThat(found.otherFields())
                .containsEntry("TruongMoi2026", "giá trị mới")
                .containsKey("DanhSachMoi");
        assertThat(found.toString()).doesNotContain("001099012345", "Nguyễn", "0912345678", "giá trị mới");
    }

    @Test
    void lookup_whenConnectionResetOnce_retriesTheRead() {
        portal.stubFor(service("TraCuuHoSo")
                .inScenario("r")
                .whenScenarioStateIs("Started")
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("ok"));
        portal.stubFor(service("TraCuuHoSo")
                .inScenario("r")
                .whenScenarioStateIs("ok")
                .willReturn(okJson("{\"error_code\":\"0\",\"result\":[]}")));

        assertThat(client.lookup(CODE)).isEmpty();
        portal.verify(2, postRequestedFor(urlEqualTo(API)));
    }

    @Test
    void updateProgress_whenThreeStepsInChunksOfTwo_sendsTwoCallsWithTwentyFourHourTimes() {
        portal.stubFor(service("CapNhatTienDoHoSoMC").willReturn(okJson("{\"error_code\":0,\"message\":\"ok\"}")));
        LocalDateTime at = LocalDateTime.of(2026, 11, 23, 13, 30, 5);

        client.updateProgress(List.of(
                ProgressUpdate.of(CODE, "Trần Thị B", "Tiếp nhận", DossierStatus.ACCEPTED, at),
                ProgressUpdate.of(CODE, "Lê Văn C", "Thụ lý", DossierStatus.PROCESSING, at.plusHours(1)),
                ProgressUpdate.of(CODE, "Lê Văn C", "Xong", DossierStatus.PROCESSED, at.plusHours(2))));

        List<JsonNode> bodies = portal.findAll(postRequestedFor(urlEqualTo(API))).stream()
                .map(LoggedRequest::getBodyAsString)
                .map(EgovJson::tryParse)
                .toList();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0).path("data")).hasSize(2);
        JsonNode first = bodies.get(0).path("data").path(0);
        assertThat(first.path("ThoiDiemXuLy").asString()).isEqualTo("20261123133005");
        assertThat(first.path("TrangThai").asString()).isEqualTo("2");
        assertThat(bodies.get(1).path("data").path(0).path("ThoiDiemXuLy").asString())
                .isEqualTo("20261123153005");
    }

    @Test
    void updateProgress_whenConnectionReset_isNotRetried() {
        portal.stubFor(service("CapNhatTienDoHoSoMC")
                .willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client.updateProgress(
                        ProgressUpdate.of(CODE, "B", "Thụ lý", null, LocalDateTime.of(2026, 11, 23, 9, 0))))
                .isInstanceOf(EgovTransportException.class);
        portal.verify(1, postRequestedFor(urlEqualTo(API)));
    }

    @Test
    void updateProgress_whenHandlerLongerThan50_namesTheField() {
        assertThatThrownBy(() -> client.updateProgress(
                        ProgressUpdate.of(CODE, "x".repeat(51), "Thụ lý", null, LocalDateTime.of(2026, 11, 23, 9, 0))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.propertyPath())
                        .containsExactly("handler"));
        portal.verify(0, postRequestedFor(urlEqualTo(API)));
    }

    @Test
    void catalogues_whenAsked_mapAgenciesSectorsAndProcedures() {
        portal.stubFor(service("LayDanhMucCoQuan")
                .willReturn(okJson("{\"error_code\":0,\"result\":[{\"MADONVI\":"
                        + "\"000.00.00.H27\",\"TENDONVI\":\"UBND tỉnh Bắc Ninh\"}]}")));
        portal.stubFor(service("LayDanhMucLinhVuc")
                .willReturn(okJson(
                        "{\"error_code\":0,\"result\":[{\"MALINHVUC\":" + "\"HT\",\"TENLINHVUC\":\"Hộ tịch\"}]}")));
        portal.stubFor(service("LayDanhSachTTHC")
                .willReturn(okJson("{\"error_code\":0,\"result\":[{\"MATTHC\":"
                        + "\"1.001234\",\"TENTTHC\":\"Đăng ký khai sinh\",\"CAPTHUCHIEN\":\"Cấp xã\"}]}")));

        assertThat(client.agencies()).containsExactly(new Agency("000.00.00.H27", "UBND tỉnh Bắc Ninh"));
        assertThat(client.sectors()).singleElement().satisfies(s -> assertThat(s.name())
                .isEqualTo("Hộ tịch"));
        assertThat(client.procedures()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("1.001234");
            assertThat(p.otherFields()).containsEntry("CAPTHUCHIEN", "Cấp xã");
        });
    }

    @Test
    void procedure_whenLayThuTuc_mapsNameSectorTimeAndFees() {
        portal.stubFor(service("LayThuTuc")
                .withRequestBody(matchingJsonPath("$.maTTHC", equalTo("1.001234")))
                .willReturn(okJson("{\"error_code\":0,\"result\":[{\"TENTTHC\":\"Đăng ký khai sinh\","
                        + "\"LINHVUCTHUCHIEN\":[{\"MALINHVUC\":\"HT\",\"TENLINHVUC\":\"Hộ tịch\"}],"
                        + "\"CACHTHUCTHUCHIEN\":[{\"KENH\":\"2\",\"THOIGIAN\":[{\"THOIGIANGIAIQUYET\":\"3\","
                        + "\"DONVITINH\":\"Ngày làm việc\",\"PHILEPHI\":[{\"SOTIEN\":\"50.000\",\"DONVI\":\"Đồng\","
                        + "\"MOTA\":\"Lệ phí\"}]}]}]}]}")));

        Procedure p = client.procedure("1.001234").orElseThrow();

        assertThat(p.code().national()).isEqualTo("1.001234");
        assertThat(p.name()).isEqualTo("Đăng ký khai sinh");
        assertThat(p.sector().code()).isEqualTo("HT");
        assertThat(p.processingTime()).isEqualTo(ProcessingTime.workingDays(3));
        assertThat(p.totalFeesVnd()).isEqualTo(50_000);
        assertThat(p.onlineLevel()).isNull();
    }

    @Test
    void techId_whenAccountExists_returnsItAndSendsTheNumber() {
        portal.stubFor(service("TraCuuTechID")
                .withRequestBody(matchingJsonPath("$.mstorcmnd", equalTo("001099012345")))
                .willReturn(okJson("{\"error_code\":0,\"result\":{\"TechID\":\"8f0c-42\"}}")));
        portal.stubFor(service("TraCuuTechID")
                .withRequestBody(matchingJsonPath("$.mstorcmnd", equalTo("079199000001")))
                .willReturn(okJson("{\"error_code\":0,\"result\":[]}")));

        assertThat(client.techId("001099012345")).contains("8f0c-42");
        assertThat(client.techId("079199000001")).isEmpty();
        assertThatThrownBy(() -> client.techId(" "))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("idOrTaxNumber");
    }
}
