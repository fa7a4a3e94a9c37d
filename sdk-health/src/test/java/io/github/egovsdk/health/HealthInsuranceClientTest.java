package io.github.egovsdk.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.egovsdk.health.EgwReplies.CARD;
import static io.github.egovsdk.health.EgwReplies.ID;
import static io.github.egovsdk.health.EgwReplies.NAME;
import static io.github.egovsdk.health.EgwReplies.OFFICER;
import static io.github.egovsdk.health.EgwReplies.OFFICER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.egovsdk.core.EgovException;
import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.ValidationException;
import io.github.egovsdk.core.Violation;
import io.github.egovsdk.core.vn.PersonalIdNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The card check against WireMock in the shapes of Phụ lục 03 (CV 1923/BHXH-CNTT) and the clients of the token call.
 * */
class HealthInsuranceClientTest {
    static final String MD5_LOWER = "5ebe2294ecd0e0f08eab7690d2a6ee69"; // md5("secret")
    static final String TOKEN = "/api/token/take";
    static final String CHECK = "/api/egw/KQNhanLichSuKCB2024";
    WireMockServer egw;
    final MovableClock clock = new MovableClock();

    @BeforeEach
    void start() {
        egw = new WireMockServer(wireMockConfig().dynamicPort());
        egw.start();
    }

    @AfterEach
    void stop() {
        egw.stop();
    }

    HealthInsuranceClient client(EgwLogin login) {
        return HealthInsuranceClient.builder()
                .endpoint(egw.baseUrl())
                .login(login)
                .clock(clock)
                .build();
    }

    static EgwLogin login() {
        return EgwLogin.of("01000_BV", "secret".toCharArray());
    }

    static CardCheckRequest byId() {
        return CardCheckRequest.byPersonalId(ID, NAME, BirthDate.parse("01/01/1999"), OFFICER, OFFICER_ID);
    }

    @Test
    void check_whenFormTokenAndPersonalId_sendsTheSpecShapesAndReadsEveryField() {
        egw.stubFor(post(urlEqualTo(TOKEN))
                .withRequestBody(equalTo("username=01000_BV&password=" + MD5_LOWER))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .willReturn(okJson(EgwReplies.token("at-1", "idt-1", "72000"))));
        egw.stubFor(post(urlPathEqualTo(CHECK))
                .withQueryParam("token", equalTo("at-1"))
                .withQueryParam("id_token", equalTo("idt-1"))
                .withQueryParam("username", equalTo("01000_BV"))
                .withQueryParam("password", equalTo(MD5_LOWER))
                .withRequestBody(equalToJson("{\"maThe\":\"" + ID + "\",\"hoTen\":\"" + NAME + "\",\"ngaySinh\":"
                        + "\"01/01/1999\",\"hoTenCb\":\"" + OFFICER + "\",\"cccdCb\":\"" + OFFICER_ID + "\"}"))
                .willReturn(okJson(EgwReplies.check("004"))));
        CardCheckResult r;
        try (HealthInsuranceClient c = client(login())) {
            r = c.check(byId());
        }
        assertThat(r.usable()).isTrue();
        assertThat(r.resultCode()).contains(CardCheckResultCode.OLD_CARD_VALID_NEW_ISSUED);
        assertThat(r.cardNumber()).isEqualTo(CARD);
        assertThat(r.validFrom()).contains(LocalDate.of(2026, 1, 1));
        assertThat(r.validTo()).contains(LocalDate.of(2026, 12, 31));
        assertThat(r.registeredFacility()).isEqualTo("01000");
        assertThat(r.fiveYearsFrom()).contains(LocalDate.of(2024, 1, 1));
        assertThat(r.newCardNumber()).isEqualTo("GD4010100000002");
        assertThat(r.newValidTo()).contains(LocalDate.of(2027, 12, 31));
        assertThat(r.newFacilityName()).isEqualTo("Trạm y tế mẫu");
        assertThat(r.socialInsuranceNumber()).isEqualTo("0199012345");
        assertThat(r.visits()).singleElement().satisfies(v -> {
            assertThat(v.admittedAt()).contains(LocalDateTime.of(2026, 1, 5, 14, 30));
            assertThat(v.employerName()).isEqualTo("Công ty mẫu");
        });
        assertThat(r.checks()).extracting(CardLookup::message).containsExactly("Thông tin thẻ chính xác", "Sai họ tên");
        assertThat(r.checks().get(0).checkedAt()).contains(LocalDateTime.of(2026, 4, 25, 16, 31));
        assertThat(r.checks().get(1).resultCode()).contains(CardCheckResultCode.WRONG_NAME);
        assertThat(r.toString()).doesNotContain(CARD).doesNotContain(NAME);
    }

    @Test
    void check_whenJsonTokenUpperMd5CardNumberAndCompactDate_sendsThoseVariants() {
        egw.stubFor(post(urlEqualTo(TOKEN))
                .withRequestBody(
                        equalToJson("{\"username\":\"01000_BV\",\"password\":\"" + MD5_LOWER.toUpperCase() + "\"}"))
                .willReturn(okJson(EgwReplies.token("at-1", "idt-1", "72000"))));
        egw.stubFor(post(urlPathEqualTo(CHECK))
                .withQueryParam("password", equalTo(MD5_LOWER.toUpperCase()))
                .withRequestBody(equalToJson("{\"maThe\":\"" + CARD + "\",\"hoTen\":\"" + NAME + "\",\"ngaySinh\":"
                        + "\"01011999\",\"hoTenCb\":\"" + OFFICER + "\",\"cccdCb\":\"" + OFFICER_ID + "\"}"))
                .willReturn(okJson(EgwReplies.check("000"))));
        EgwLogin upper = new EgwLogin(
                "01000_BV", "secret".toCharArray(), EgwLogin.PasswordCase.UPPER, EgwLogin.TokenEncoding.JSON);
        try (HealthInsuranceClient c = HealthInsuranceClient.builder()
                .endpoint(egw.baseUrl())
                .login(upper)
                .compactBirthDate(true)
                .build()) {
            // A printed card code longer than 15 characters is cut, as clients do.
            assertThat(c.check(CardCheckRequest.byCard(
                                    CARD.toLowerCase() + "4", NAME, BirthDate.parse("1999-01-01"), OFFICER, OFFICER_ID))
                            .code())
                    .isEqualTo("000");
        }
    }

    @ParameterizedTest
    @EnumSource(CardCheckResultCode.class)
    void check_whenGatewayAnswersAnyPublishedCode_returnsItWithBothMessages(CardCheckResultCode code) {
        egw.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson(EgwReplies.token("at-1", "idt-1", "72000"))));
        egw.stubFor(post(urlPathEqualTo(CHECK)).willReturn(okJson("{\"maKetQua\":\"" + code.code() + "\"}")));
        try (HealthInsuranceClient c = client(login())) {
            if (code == CardCheckResultCode.AUTHENTICATION_ERROR) {
                assertThatThrownBy(() -> c.check(byId())).isInstanceOf(HealthAuthenticationException.class);
                return;
            }
            CardCheckResult r = c.check(byId());
            assertThat(r.resultCode()).contains(code);
            assertThat(r.usable()).isEqualTo(code.code().compareTo("004") <= 0);
            assertThat(r.englishMessage()).isEqualTo(code.english()).isNotBlank();
            assertThat(r.vietnameseMessage()).isEqualTo(code.vietnamese()).isNotBlank();
        }
    }

    @Test
    void resultCodes_whenListed_areTheTwentySixOfPl03() {
        assertThat(CardCheckResultCode.values()).hasSize(26);
        assertThat(CardCheckResultCode.fromCode("054")).contains(CardCheckResultCode.OFFICER_NOT_REGISTERED);
        assertThat(CardCheckResultCode.OFFICER_NOT_REGISTERED.english()).contains("registered");
        assertThat(CardCheckResultCode.fromCode("999")).isEmpty();
    }

    @Test
    void check_whenTokenExpires_takesANewOne() {
        egw.stubFor(post(urlEqualTo(TOKEN))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("2")
                .willReturn(okJson(EgwReplies.token("at-1", "idt-1", "600"))));
        egw.stubFor(post(urlEqualTo(TOKEN))
                .inScenario("t")
                .whenScenarioStateIs("2")
                .willReturn(okJson(EgwReplies.token("at-2", "idt-2", "\"2026-01-06T00:00:00\""))));
        egw.stubFor(post(urlPathEqualTo(CHECK)).willReturn(okJson(EgwReplies.check("000"))));
        try (HealthInsuranceClient c = client(login())) {
            c.check(byId());
            c.check(byId());
            clock.advance(Duration.ofMinutes(10));
            c.check(byId());
        }
        assertThat(egw.findAll(postRequestedFor(urlPathEqualTo(CHECK))))
                .extracting(r -> r.queryParameter("token").firstValue())
                .containsExactly("at-1", "at-1", "at-2");
    }

    @Test
    void check_whenDataCallSays401_renewsTheSessionOnce() {
        egw.stubFor(post(urlEqualTo(TOKEN))
                .inScenario("t")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("2")
                .willReturn(okJson(EgwReplies.token("at-old", "idt-1", "72000"))));
        egw.stubFor(post(urlEqualTo(TOKEN))
                .inScenario("t")
                .whenScenarioStateIs("2")
                .willReturn(okJson(EgwReplies.token("at-new", "idt-2", "72000"))));
        egw.stubFor(post(urlPathEqualTo(CHECK))
                .withQueryParam("token", equalTo("at-old"))
                .willReturn(okJson("{\"maKetQua\":\"401\"}")));
        egw.stubFor(post(urlPathEqualTo(CHECK))
                .withQueryParam("token", equalTo("at-new"))
                .willReturn(okJson(EgwReplies.check("000"))));
        try (HealthInsuranceClient c = client(login())) {
            assertThat(c.check(byId()).usable()).isTrue();
        }
        egw.verify(2, postRequestedFor(urlEqualTo(TOKEN)));
    }

    @Test
    void check_whenTokenRefused_explainsEachTokenCode() {
        for (String code : new String[] {"401", "402", "403", "500"}) {
            egw.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson("{\"maKetQua\":\"" + code + "\"}")));
            try (HealthInsuranceClient c = client(login())) {
                assertThatThrownBy(() -> c.check(byId()))
                        .isInstanceOfSatisfying(HealthAuthenticationException.class, e -> {
                            assertThat(e.serviceErrorCode()).contains(code);
                            assertThat(e.getMessage())
                                    .contains(" / ")
                                    .doesNotContain("secret")
                                    .doesNotContain(MD5_LOWER);
                        });
            }
        }
    }

    @Test
    void check_whenIpNotRegistered_explainsTheAllowList() {
        egw.stubFor(
                post(urlEqualTo(TOKEN)).willReturn(aResponse().withStatus(403).withBody("Forbidden")));
        try (HealthInsuranceClient c = client(login())) {
            assertThatThrownBy(() -> c.check(byId())).isInstanceOfSatisfying(HealthAuthenticationException.class, e -> {
                assertThat(e.serviceErrorCode()).contains("IP_NOT_ALLOWED");
                assertThat(e.getMessage()).contains("01/dk-ip-ctn").contains("27/07/2024");
            });
        }
    }

    @Test
    void check_whenReplyMalformedOrOversized_throwsTypedErrors() {
        egw.stubFor(post(urlEqualTo(TOKEN)).willReturn(okJson(EgwReplies.token("at-1", "idt-1", "72000"))));
        try (HealthInsuranceClient c = client(login())) {
            for (String body : new String[] {"<html>", "[]", "{\"ghiChu\":\"x\"}", "{\"maKetQua\":{\"a\":1}}"}) {
                egw.stubFor(post(urlPathEqualTo(CHECK)).willReturn(okJson(body)));
                assertThatThrownBy(() -> c.check(byId())).isInstanceOf(EgovServiceException.class);
            }
            egw.stubFor(post(urlPathEqualTo(CHECK))
                    .willReturn(okJson("{\"maKetQua\":\"000\",\"ghiChu\":\"" + "x".repeat(5 << 20) + "\"}")));
            assertThatThrownBy(() -> c.check(byId())).isInstanceOf(EgovException.class);
        }
    }

    @Test
    void request_whenFieldsMissingOrMalformed_namesEachField() {
        assertThatThrownBy(() -> new CardCheckRequest(CARD, PersonalIdNumber.of(ID), " ", null, "", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::propertyPath)
                        .containsExactly("cardNumber", "fullName", "birthDate", "officerName", "officerPersonalId"));
        assertThatThrownBy(() -> CardCheckRequest.byCard("12345", NAME, BirthDate.ofYear(1999), OFFICER, OFFICER_ID))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule)
                        .containsExactly("Format"));
        assertThatThrownBy(() -> BirthDate.parse("31/02/1999")).isInstanceOf(ValidationException.class);
        assertThat(BirthDate.parse("1999").slashed()).isEqualTo("1999");
        assertThat(BirthDate.parse("01011999").slashed()).isEqualTo("01/01/1999");
        assertThat(byId().toString())
                .doesNotContain(ID)
                .doesNotContain(OFFICER_ID)
                .contains("001******345");
    }

    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-05T01:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
