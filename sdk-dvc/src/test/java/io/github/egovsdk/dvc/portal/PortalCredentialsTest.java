package io.github.egovsdk.dvc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.dvc.payment.PaymentClient;
import org.junit.jupiter.api.Test;

/** The shared credentials vocabulary on the portal and payment clients. */
class PortalCredentialsTest {

    @Test
    void credentials_whenKindNotAccepted_errorNamesClientAndAcceptedKind() {
        assertThatThrownBy(() -> PortalClient.builder().credentials(Credentials.system("SYS", "s3cret")))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("PortalClient does not accept SystemCredentials")
                .hasMessageContaining("accepts: UsernamePassword")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> PaymentClient.builder().credentials(new VxpHmacSigner("SYS", "s3cret")))
                .hasMessageContaining("PaymentClient does not accept RequestSigner")
                .hasMessageContaining("accepts: PartnerSecret");
    }

    @Test
    void credentials_whenAccepted_buildLikeTheOlderMethods() {
        try (PortalClient portal = PortalClient.builder()
                        .endpoint("http://127.0.0.1:1/portal")
                        .credentials(Credentials.usernamePassword("motcua", "pw"))
                        .dstCode("000.00.00.H27")
                        .build();
                PaymentClient payments = PaymentClient.builder()
                        .endpoint("http://127.0.0.1:1/pay")
                        .credentials(Credentials.partnerSecret("DVCQG", "k"))
                        .serverIp("127.0.0.1")
                        .build()) {
            assertThat(portal).isNotNull();
            assertThat(payments).isNotNull();
        }
        assertThatThrownBy(() -> PortalClient.builder()
                        .endpoint("http://127.0.0.1:1/portal")
                        .dstCode("x")
                        .build())
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("login");
    }
}
