package io.github.egovsdk.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.EgovClientException;
import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.core.auth.UsernamePassword;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    /** A client whose service logs in with a username and password. */
    static final class SessionClient {
        static final class Builder extends ClientBuilderBase<Builder> {
            @Override
            protected Set<Class<? extends Credentials>> acceptedCredentials() {
                return Set.of(UsernamePassword.class);
            }

            String user() {
                return credentials(UsernamePassword.class)
                        .map(UsernamePassword::username)
                        .orElse(null);
            }
        }
    }

    @Test
    void credentials_whenKindNotAccepted_namesClientAndAcceptedKinds() {
        assertThatThrownBy(() -> new SessionClient.Builder().credentials(Credentials.system("SYS", "s3cret")))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("SessionClient does not accept SystemCredentials credentials")
                .hasMessageContaining("it accepts: UsernamePassword")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> new SessionClient.Builder().credentials(new VxpHmacSigner("SYS", "s3cret")))
                .hasMessageContaining("does not accept RequestSigner credentials");
    }

    @Test
    void credentials_whenAccepted_areReadByTheBuilder() {
        SessionClient.Builder b = new SessionClient.Builder().credentials(Credentials.usernamePassword("motcua", "pw"));
        assertThat(b.user()).isEqualTo("motcua");
    }

    @Test
    void toString_ofEveryKind_hidesTheSecret() {
        assertThat(Credentials.system("SYS", "s3cret")).hasToString("SystemCredentials[systemId=SYS, secret=****]");
        assertThat(Credentials.usernamePassword("u", "s3cret").toString()).doesNotContain("s3cret");
        assertThat(Credentials.partnerSecret("P", "s3cret").toString()).doesNotContain("s3cret");
        assertThat(Credentials.oauth2Client("id", "s3cret").toString()).doesNotContain("s3cret");
        assertThat(Credentials.apiKey("s3cret").toString()).doesNotContain("s3cret");
    }

    @Test
    void of_whenSecretMissing_throwsNamingTheField() {
        assertThatThrownBy(() -> Credentials.partnerSecret("P", ""))
                .isInstanceOf(EgovClientException.class)
                .hasMessageContaining("PartnerSecret: secret is required");
    }
}
