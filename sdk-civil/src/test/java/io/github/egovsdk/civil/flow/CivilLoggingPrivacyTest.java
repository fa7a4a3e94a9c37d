package io.github.egovsdk.civil.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.egovsdk.civil.CivilFixtures;
import io.github.egovsdk.civil.interconnect.InterconnectClient;
import io.github.egovsdk.civil.interconnect.InterconnectPayloads;
import io.github.egovsdk.civil.justice.CivilStatusClient;
import io.github.egovsdk.civil.registration.InvalidRegistrationException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.config.RetryPolicy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole flow against WireMock with the SDK logging at DEBUG and wire logging on
 * ({@code simplelogger.properties}), captures everything written, and asserts that no personal ID number, name or
 * date of birth of the child or the parents, no token and no password appears in clear — including when a dossier is
 * refused as invalid and when the ministry answers an error.
 */
class CivilLoggingPrivacyTest {
    private static final String PASSWORD = "dvclt-pass-KHONG-DUNG-THAT";
    private static final String TOKEN = "tok-SECRET-0123456789";

    @Test
    void flow_whenLoggedAtDebugWithWireLogging_neverWritesPersonalDataOrSecrets() {
        WireMockServer wm = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        String base = "/api/lienthongdvclt/";
        String local = "H27-" + LocalDate.now().format(DateTimeFormatter.ofPattern("yyMMdd")) + "-0001";
        Map<String, String> invalid = CivilFixtures.birthFields("G-2");
        invalid.remove("nksHoTen");
        try {
            wm.stubFor(post(urlEqualTo(base + "token")).willReturn(okJson("{\"token\":\"" + TOKEN + "\"}")));
            wm.stubFor(get(urlEqualTo(base + "hosolienthong"))
                    .willReturn(okJson("{\"data\":[{\"id\":\"1\","
                            + "\"maHoSo\":\"G-1\",\"module\":\"KS\"},{\"id\":\"2\",\"maHoSo\""
                            + ":\"G-2\",\"module\":\"KS\"}]}")));
            wm.stubFor(get(urlEqualTo(base + "hosolienthong/1")).willReturn(okJson(CivilFixtures.birthDetail("G-1"))));
            wm.stubFor(get(urlEqualTo(base + "hosolienthong/2"))
                    .willReturn(okJson(
                            CivilFixtures.detail(CivilFixtures.inner("KS", "G-2", CivilFixtures.xml("r", invalid))))));
            wm.stubFor(put(urlEqualTo(base + "hosolienthong/danhan"))
                    .willReturn(okJson("{\"title\":\"Cập nhật thành công\"}")));
            wm.stubFor(post(urlEqualTo(base + "hosolienthong/trangthai"))
                    .willReturn(okJson("{\"title\":\"Cập nhật trạng thái thành công\",\"status\":200}")));
            wm.stubFor(post(urlEqualTo("/btp/NhanDKHT")).willReturn(okJson("{\"status\":\"1\"}")));
            wm.stubFor(post(urlEqualTo("/btp/LayKetQua"))
                    .willReturn(okJson("{\"status\":1,\"value\":[{\"maHoSoMCDT\":"
                            + "\"" + local
                            + "\",\"module\":\"LTKS\",\"trangThai\":\"4\",\"thoiGianThucHien\":\"02/01/2025 10:00:00\","
                            + "\"ketQuaXuLy\":{\"soDinhDanh\":\"027225123456\",\"ngayDangKy\":\"02/01/2025\",\"nksHoT"
                            + "en\":\""
                            + CivilFixtures.CHILD + "\",\"meHoTen\":\"" + CivilFixtures.MOTHER + "\",\"meSoGiayTo\":\""
                            + CivilFixtures.MOTHER_ID + "\",\"soDangKy\":\"01\",\"giayKhaiSinh\":\""
                            + Base64.getEncoder().encodeToString(CivilFixtures.PDF) + "\"}}]}")));
            wm.stubFor(post(urlEqualTo("/btp/bad/NhanDKHT"))
                    .willReturn(aResponse()
                            .withStatus(400)
                            .withBody("{\"status\":\"0\",\"errorDescription\":\"Sai " + CivilFixtures.MOTHER_ID
                                    + "\"}")));
            InMemoryOneStopSystem store = new InMemoryOneStopSystem("H27");
            try (InterconnectClient dvclt = InterconnectClient.builder()
                            .endpoint(wm.baseUrl())
                            .login("motcua", PASSWORD)
                            .wireLogging(true)
                            .retryPolicy(RetryPolicy.none())
                            .build();
                    CivilStatusClient btp = CivilStatusClient.builder()
                            .endpoint(wm.baseUrl() + "/btp")
                            .provinceCode("27")
                            .wireLogging(true)
                            .retryPolicy(RetryPolicy.none())
                            .build();
                    CivilStatusClient bad = CivilStatusClient.builder()
                            .endpoint(wm.baseUrl() + "/btp/bad")
                            .provinceCode("27")
                            .wireLogging(true)
                            .retryPolicy(RetryPolicy.none())
                            .build()) {
                InterconnectedDossierFlow flow = InterconnectedDossierFlow.builder()
                        .interconnect(dvclt)
                        .civilStatus(btp)
                        .oneStop(store)
                        .build();
                FlowReport pulled = flow.pull();
                assertThat(pulled.created()).isEqualTo(1);
                assertThat(pulled.invalid()).singleElement().satisfies(s -> assertThat(s)
                        .contains("hoTich.nksHoTen"));
                flow.accept(local, "Cán bộ");
                flow.forward(local, "Cán bộ");
                assertThat(flow.poll().completed()).isEqualTo(1);
                assertThat(flow.pushStatuses().pushed()).isEqualTo(4);
                try {
                    bad.submit(
                            InterconnectPayloads.decode(CivilFixtures.birthDetail("G-3")),
                            "H27-3",
                            LocalDateTime.now());
                } catch (EgovServiceException e) {
                    System.err.println("caller logs: " + e.getMessage());
                }
                try {
                    InterconnectPayloads.decode(
                            CivilFixtures.detail(CivilFixtures.inner("KS", "G-4", CivilFixtures.xml("r", invalid))));
                } catch (InvalidRegistrationException e) {
                    System.err.println("caller logs: " + e.getMessage());
                }
                System.err.println("caller logs: " + store.dossiers() + " "
                        + store.dossiers().get(0).certificate());
            }
        } finally {
            System.setErr(original);
            wm.stop();
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("DVCLT pull", "io.github.egovsdk.wire", "caller logs", "Ministry accepted");
        for (String s : List.of(
                CivilFixtures.MOTHER_ID,
                CivilFixtures.FATHER_ID,
                "027225123456",
                CivilFixtures.CHILD,
                CivilFixtures.MOTHER,
                CivilFixtures.FATHER,
                "02.03.1990",
                "04.05.1988",
                PASSWORD,
                TOKEN)) {
            assertThat(log)
                    .as("the log must not contain a personal value or secret (%d chars)", s.length())
                    .doesNotContain(s);
        }
    }
}
