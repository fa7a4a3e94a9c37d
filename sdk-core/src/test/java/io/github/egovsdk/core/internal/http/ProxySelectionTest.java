package io.github.egovsdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.core.config.ProxyConfig;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProxySelectionTest {

    @Test
    void fromEnvironment_whenJvmPropertiesSet_takesThemFirst() {
        Properties p = new Properties();
        p.setProperty("https.proxyHost", "proxy.so-tttt.gov.vn");
        p.setProperty("https.proxyPort", "3128");
        p.setProperty("http.nonProxyHosts", "localhost|*.noi-bo.vn");
        ProxyConfig c = ProxySelection.fromEnvironment(p, Map.of("HTTPS_PROXY", "http://other:1"));
        assertThat(c.proxyUri())
                .hasValueSatisfying(u -> assertThat(u.toString()).isEqualTo("http://proxy.so-tttt.gov.vn:3128"));
        assertThat(c.nonProxyHosts()).containsExactly("localhost", "*.noi-bo.vn");
    }

    @Test
    void fromEnvironment_whenHttpsProxyWithCredentials_splitsThemAndNeverPrintsThePassword() {
        ProxyConfig c = ProxySelection.fromEnvironment(
                new Properties(),
                Map.of("HTTPS_PROXY", "http://user:pa55word@10.0.0.1:8080", "NO_PROXY", "localhost,.gov.vn"));
        assertThat(c.proxyUri())
                .hasValueSatisfying(u -> assertThat(u.toString()).isEqualTo("http://10.0.0.1:8080"));
        assertThat(c.username()).isEqualTo("user");
        assertThat(new String(c.password())).isEqualTo("pa55word");
        assertThat(c.toString()).doesNotContain("pa55word");
        assertThat(ProxySelection.fromEnvironment(new Properties(), Map.of())).isEqualTo(ProxyConfig.NONE);
    }

    @ParameterizedTest
    @CsvSource({"api.dichvucong.gov.vn,true", "gov.vn,true", "localhost,true", "example.com,false", "sub.noi-bo.vn,true"
    })
    void bypasses_byPattern(String host, boolean direct) {
        assertThat(ProxySelection.bypasses(host, List.of(".gov.vn", "localhost", "*.noi-bo.vn")))
                .isEqualTo(direct);
    }
}
