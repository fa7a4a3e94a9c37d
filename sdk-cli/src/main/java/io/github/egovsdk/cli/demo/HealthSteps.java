package io.github.egovsdk.cli.demo;

import io.github.egovsdk.core.gateway.Gateway;
import io.github.egovsdk.core.gateway.GatewayStyle;
import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.health.BirthDate;
import io.github.egovsdk.health.CardCheckRequest;
import io.github.egovsdk.health.CardCheckResult;
import io.github.egovsdk.health.EgwLogin;
import io.github.egovsdk.health.HealthInsuranceClient;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.testkit.SandboxGateways;
import io.github.egovsdk.testkit.SandboxSocialSecurity;
import io.github.egovsdk.vneid.card.CardQr;
import io.github.egovsdk.vneid.population.CitizenQuery;
import io.github.egovsdk.vneid.population.CitizenRecord;
import io.github.egovsdk.vneid.population.LookupContext;
import io.github.egovsdk.vneid.population.PopulationDbClient;
import io.github.egovsdk.vneid.population.PopulationSoapDialect;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Demo step 7: the one-stop office looks the citizen up in the population database through the province's LGSP
 * (style A: {@code lgspaccesstoken} + OAuth2, JSON-wrapped SOAP reply), then a clinic reads the same citizen's chip ID
 * card QR ({@link CardQr}) and checks their health insurance with the Social Security gateway
 * ({@link HealthInsuranceClient}, {@code KQNhanLichSuKCB2024}, as the registered officer).
 */
final class HealthSteps {
    private HealthSteps() {}

    static String lgspAndClinic(DemoContext c) {
        EgovSandbox s = AxisSteps.sandbox(c);
        SandboxCitizen citizen = s.citizens().get(0);
        Gateway lgsp = s.lgspGateway(GatewayStyle.A_LGSP_ACCESS_TOKEN, true);
        List<CitizenRecord> records;
        try (PopulationDbClient population = PopulationDbClient.builder()
                .gateway(lgsp)
                .soap(PopulationSoapDialect.STANDARD)
                .integrationCode(SandboxGateways.INTEGRATION_CODE)
                .serviceCode(SandboxGateways.SERVICE_CODE)
                .auditHook(r -> c.detail("nhật ký / audit: " + r.requestedBy() + ", " + r.outcome()
                        + " (không lưu dữ liệu cá nhân / no personal data)"))
                .build()) {
            records = population.lookUp(
                    CitizenQuery.byPersonalId(citizen.personalId(), citizen.fullName(), citizen.dateOfBirth()),
                    new LookupContext("MOTCUA-01", "tiếp nhận hồ sơ một cửa qua LGSP"));
        }
        if (records.isEmpty()) {
            throw new IllegalStateException("The population DB did not find the citizen through the LGSP");
        }
        c.detail("LGSP (lgspaccesstoken + OAuth2) → CSDL dân cư SOAP TraCuuThongTinCongDan: tìm thấy / found "
                + Redactor.maskPersonalId(records.get(0).personalId()) + ", thường trú tỉnh / permanent address"
                + " province "
                + records.get(0).permanentAddress().map(a -> a.provinceCode()).orElse("?"));
        String printedQr = citizen.personalId() + "||" + citizen.fullName() + "|"
                + citizen.dateOfBirth().format(DateTimeFormatter.ofPattern("ddMMyyyy")) + "|"
                + (citizen.gender() == 1 ? "Nam" : "Nữ") + "|" + citizen.address() + "|15082021";
        CardQr card = CardQr.parse(printedQr);
        if (!card.valid()) {
            throw new IllegalStateException("The card QR did not read: " + card.errors());
        }
        c.detail("Phòng khám đọc QR trên thẻ CCCD / the clinic reads the chip ID card's QR: "
                + Redactor.maskPersonalId(card.personalId()));
        CardCheckResult result;
        try (HealthInsuranceClient bhyt = HealthInsuranceClient.builder()
                .endpoint(s.socialSecurityEndpoint())
                .login(EgwLogin.of(SandboxSocialSecurity.USERNAME, SandboxSocialSecurity.PASSWORD.toCharArray()))
                .build()) {
            result = bhyt.check(CardCheckRequest.byPersonalId(
                    card.personalId(),
                    card.fullName(),
                    BirthDate.of(card.dateOfBirth()),
                    SandboxSocialSecurity.OFFICER_NAME,
                    SandboxSocialSecurity.OFFICER_ID));
        }
        if (!result.usable()) {
            throw new IllegalStateException("The health-insurance card is not usable: " + result.code());
        }
        c.detail("BHXH KQNhanLichSuKCB2024: " + result.code() + " " + result.vietnameseMessage() + " / "
                + result.englishMessage() + "; thẻ / card " + Redactor.maskPersonalId(result.cardNumber())
                + ", giá trị đến / valid to "
                + result.validTo().map(Object::toString).orElse("?")
                + ", nơi ĐKKCB BĐ / registered facility " + result.registeredFacility());
        return "tra cứu qua LGSP và kiểm tra thẻ BHYT bằng CCCD: " + result.code() + " / looked up through the LGSP"
                + " and health-insurance card checked with the chip ID card: " + result.code();
    }
}
