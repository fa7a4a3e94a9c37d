package io.github.egovsdk.samples;

import io.github.egovsdk.core.privacy.Redactor;
import io.github.egovsdk.health.BirthDate;
import io.github.egovsdk.health.CardCheckRequest;
import io.github.egovsdk.health.CardCheckResult;
import io.github.egovsdk.health.EgwLogin;
import io.github.egovsdk.health.HealthInsuranceClient;
import io.github.egovsdk.testkit.EgovSandbox;
import io.github.egovsdk.testkit.SandboxCitizen;
import io.github.egovsdk.testkit.SandboxSocialSecurity;
import io.github.egovsdk.vneid.card.CardQr;

/**
 * The reception desk of a clinic (tiếp đón): the patient's chip ID card QR is read with sdk-vneid's {@link CardQr},
 * then their health insurance is checked with the Social Security gateway ({@link HealthInsuranceClient},
 * {@code KQNhanLichSuKCB2024}) by the registered officer on duty — and, for a patient with a paper card, by the card
 * number. Runs against the embedded sandbox; numbers are masked when printed.
 */
public final class CheckHealthInsurance {
    private CheckHealthInsurance() {}

    public static void main(String[] args) {
        try (EgovSandbox sandbox = EgovSandbox.start();
                HealthInsuranceClient bhyt = HealthInsuranceClient.builder()
                        .endpoint(sandbox.socialSecurityEndpoint())
                        .login(EgwLogin.of(
                                SandboxSocialSecurity.USERNAME, SandboxSocialSecurity.PASSWORD.toCharArray()))
                        .build()) {
            SandboxCitizen c = SandboxCitizen.ALL.get(0);
            CardQr qr =
                    CardQr.parse(c.personalId() + "||" + c.fullName() + "|01011999|Nam|" + c.address() + "|15082021");
            CardCheckResult byChipCard = bhyt.check(CardCheckRequest.byPersonalId(
                    qr.personalId(),
                    qr.fullName(),
                    BirthDate.of(qr.dateOfBirth()),
                    SandboxSocialSecurity.OFFICER_NAME,
                    SandboxSocialSecurity.OFFICER_ID));
            print("CCCD " + Redactor.maskPersonalId(qr.personalId()), byChipCard);

            SandboxSocialSecurity.Patient paper = SandboxSocialSecurity.PATIENTS.get(1);
            CardCheckResult byCard = bhyt.check(CardCheckRequest.byCard(
                    paper.cardNumber(),
                    paper.citizen().fullName(),
                    BirthDate.of(paper.citizen().dateOfBirth()),
                    SandboxSocialSecurity.OFFICER_NAME,
                    SandboxSocialSecurity.OFFICER_ID));
            print("thẻ / card " + Redactor.maskPersonalId(paper.cardNumber()), byCard);

            CardCheckResult unregistered = bhyt.check(CardCheckRequest.byPersonalId(
                    qr.personalId(),
                    qr.fullName(),
                    BirthDate.of(qr.dateOfBirth()),
                    "Người Chưa Đăng Ký",
                    "001090000999"));
            print("cán bộ chưa đăng ký / unregistered officer", unregistered);
        }
    }

    private static void print(String who, CardCheckResult r) {
        System.out.println(who + ": " + r.code() + " " + r.vietnameseMessage() + " / " + r.englishMessage()
                + (r.usable() ? " — dùng được / usable" : " — không dùng được / not usable"));
        if (r.usable()) {
            System.out.println("  giá trị / valid " + r.validFrom().orElse(null) + " → "
                    + r.validTo().orElse(null)
                    + ", nơi ĐKKCB BĐ / registered facility " + r.registeredFacility() + ", đủ 5 năm / 5 years from "
                    + r.fiveYearsFrom().orElse(null)
                    + (r.newCardNumber().isEmpty()
                            ? ""
                            : ", thẻ mới / new card " + Redactor.maskPersonalId(r.newCardNumber())));
        }
    }
}
