package io.github.egovsdk.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.egovsdk.core.EgovException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the card check (by personal ID and by card, usable, 054, session renewal, IP refusal, malformed and error
 * replies) and certificate submissions with the SDK at DEBUG and wire logging on, captures everything written, and
 * asserts that no personal ID, card number, name, token, password or its digest appears in clear.
 */
class LoggingPrivacyTest {
    @Test
    void flows_whenLoggedAtDebugWithWireLogging_neverWritePersonalDataOrSecrets() throws Exception {
        List<String> secrets = List.of(
                EgwReplies.ID,
                EgwReplies.OFFICER_ID,
                EgwReplies.CARD,
                EgwReplies.NAME,
                EgwReplies.OFFICER,
                "at-secret-1",
                "idt-secret-1",
                "at-secret-2",
                "secret-pass",
                "591fac3e56ffbdc6f310c1b646050c09",
                "GD4010100000002");
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        WireMockServer egw = new WireMockServer(wireMockConfig().dynamicPort());
        egw.start();
        try {
            egw.stubFor(post(urlEqualTo("/api/token/take"))
                    .inScenario("t")
                    .whenScenarioStateIs(Scenario.STARTED)
                    .willSetStateTo("2")
                    .willReturn(okJson(EgwReplies.token("at-secret-1", "idt-secret-1", "72000"))));
            egw.stubFor(post(urlEqualTo("/api/token/take"))
                    .inScenario("t")
                    .whenScenarioStateIs("2")
                    .willReturn(okJson(EgwReplies.token("at-secret-2", "idt-secret-1", "72000"))));
            EgwLogin login = EgwLogin.of("01000_BV", "secret-pass".toCharArray());
            try (HealthInsuranceClient c = HealthInsuranceClient.builder()
                    .endpoint(egw.baseUrl())
                    .login(login)
                    .wireLogging(true)
                    .build()) {
                CardCheckRequest byId = CardCheckRequest.byPersonalId(
                        EgwReplies.ID,
                        EgwReplies.NAME,
                        BirthDate.parse("01/01/1999"),
                        EgwReplies.OFFICER,
                        EgwReplies.OFFICER_ID);
                CardCheckRequest byCard = CardCheckRequest.byCard(
                        EgwReplies.CARD,
                        EgwReplies.NAME,
                        BirthDate.parse("1999"),
                        EgwReplies.OFFICER,
                        EgwReplies.OFFICER_ID);
                egw.stubFor(post(urlPathEqualTo("/api/egw/KQNhanLichSuKCB2024"))
                        .willReturn(okJson(EgwReplies.check("000"))));
                c.check(byId);
                egw.stubFor(post(urlPathEqualTo("/api/egw/KQNhanLichSuKCB2024"))
                        .willReturn(okJson("{\"maKetQua\":\"401\"}")));
                attempt(() -> c.check(byCard));
                egw.stubFor(post(urlPathEqualTo("/api/egw/KQNhanLichSuKCB2024"))
                        .willReturn(okJson("{\"maKetQua\":\"054\",\"maThe\":\"" + EgwReplies.CARD + "\"}")));
                c.check(byCard);
                egw.stubFor(post(urlPathEqualTo("/api/egw/KQNhanLichSuKCB2024"))
                        .willReturn(aResponse()
                                .withStatus(500)
                                .withBody("{\"maThe\":\"" + EgwReplies.CARD + "\",\"hoTen\":\"" + EgwReplies.NAME
                                        + "\",\"cccdCb\":\"" + EgwReplies.OFFICER_ID + "\"}")));
                attempt(() -> c.check(byId));
                egw.stubFor(post(urlPathEqualTo("/api/egw/KQNhanLichSuKCB2024"))
                        .willReturn(aResponse().withStatus(403)));
                attempt(() -> c.check(byId));
                egw.stubFor(post(urlPathEqualTo("/api/egw/KQNhanLichSuKCB2024")).willReturn(okJson("nope")));
                attempt(() -> c.check(byId));
            }
            egw.stubFor(
                    post(urlEqualTo("/api/hososuckhoe/guiGiayToDienTu")).willReturn(okJson("{\"maKetQua\":\"205\"}")));
            egw.stubFor(post(urlEqualTo("/api/hssk/gksk")).willReturn(okJson("{\"MSG_STATE\":\"1\"}")));
            try (HealthCertificateClient c = HealthCertificateClient.builder()
                    .endpoint(egw.baseUrl())
                    .login(login)
                    .facilityCode("01000")
                    .signingKey(TestKeys.facilityKey())
                    .wireLogging(true)
                    .build()) {
                c.submit(HealthCertificateClientTest.birth());
                c.submit(HealthCertificateClientTest.gksk("00001/GKSKLX/01000/25"), HealthCertificateClient.Action.ADD);
            }
        } finally {
            egw.stop();
            System.err.flush();
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the SDK logged at DEBUG").contains("Card check").contains("-->");
        for (String s : secrets) {
            assertThat(log)
                    .as("log must not contain %s", s.substring(0, 3) + "…")
                    .doesNotContain(s);
        }
        assertThat(log)
                .doesNotContain("5ebe2294")
                .doesNotContain("NGUYEN VAN A")
                .doesNotContain("TRAN THI B");
    }

    private static void attempt(Runnable r) {
        try {
            r.run();
        } catch (EgovException expected) {
            // the failure paths are logged too
        }
    }
}
