package io.github.egovsdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.health.BirthDate;
import io.github.egovsdk.health.CardCheckRequest;
import io.github.egovsdk.health.CardCheckResult;
import io.github.egovsdk.health.CardCheckResultCode;
import io.github.egovsdk.health.EgwLogin;
import io.github.egovsdk.health.HealthInsuranceClient;
import org.junit.jupiter.api.Test;

/**
 * The SDK's {@link HealthInsuranceClient} against the Social Security gateway: the test patient's card checks out by
 * card number and by personal ID (same card, a validity period), an unregistered officer is refused with 054, and a
 * wrong holder name gives 060 or 061. Subclass it with the sandbox (our CI) or the training gateway
 * ({@link HealthTarget#fromEnvironment()}).
 */
public abstract class HealthContract {

    protected abstract HealthTarget target();

    private HealthInsuranceClient client() {
        HealthTarget t = target();
        return HealthInsuranceClient.builder()
                .endpoint(t.endpoint())
                .login(EgwLogin.of(t.username(), t.password().toCharArray()))
                .build();
    }

    private CardCheckRequest byCard(String name, String officerName, String officerId) {
        HealthTarget t = target();
        return CardCheckRequest.byCard(
                t.cardNumber(), name, BirthDate.of(t.patientBirthDate()), officerName, officerId);
    }

    @Test
    void check_whenByCardOrByPersonalId_findsTheSameUsableCard() {
        HealthTarget t = target();
        try (HealthInsuranceClient c = client()) {
            CardCheckResult byCard = c.check(byCard(t.patientName(), t.officerName(), t.officerId()));
            CardCheckResult byId = c.check(CardCheckRequest.byPersonalId(
                    t.personalId(),
                    t.patientName(),
                    BirthDate.of(t.patientBirthDate()),
                    t.officerName(),
                    t.officerId()));
            assertThat(byCard.usable()).as("code %s", byCard.code()).isTrue();
            assertThat(byCard.validTo()).isPresent();
            assertThat(byId.code()).isEqualTo(byCard.code());
            assertThat(byId.cardNumber()).isEqualToIgnoringCase(byCard.cardNumber());
        }
    }

    @Test
    void check_whenOfficerNotRegistered_answers054() {
        HealthTarget t = target();
        try (HealthInsuranceClient c = client()) {
            // A synthetic, well-formed personal ID no facility registers.
            CardCheckResult r = c.check(byCard(t.patientName(), "Người Chưa Đăng Ký", "001090000999"));
            assertThat(r.resultCode()).contains(CardCheckResultCode.OFFICER_NOT_REGISTERED);
            assertThat(r.usable()).isFalse();
        }
    }

    @Test
    void check_whenHolderNameWrong_answers060Or061() {
        HealthTarget t = target();
        try (HealthInsuranceClient c = client()) {
            CardCheckResult r = c.check(byCard("Zung Không Phải Tên", t.officerName(), t.officerId()));
            assertThat(r.code()).isIn("060", "061");
        }
    }
}
