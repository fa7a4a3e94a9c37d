package io.github.egovsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SandboxCommandTest {

    @Test
    void sandbox_whenStarted_printsEveryServiceAndAnswersHealth(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cl = EgovCli.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        CommandLine sub = cl.getSubcommands().get("sandbox");
        SandboxCommand command = sub.getCommand();
        CompletableFuture<Integer> run =
                CompletableFuture.supplyAsync(() -> cl.execute("sandbox", "--port", "0", "--pki-dir", dir.toString()));
        assertThat(command.started.await(60, TimeUnit.SECONDS)).isTrue();
        try {
            String text = out.toString();
            assertThat(text)
                    .contains(
                            "/vxp/",
                            "/dvcqg/",
                            "/payment/",
                            "/sso",
                            "/vneid/",
                            "/csdldc/",
                            "/tsa",
                            "/ocsp",
                            "000.00.00.H27",
                            "sandbox-root.pem");
            Matcher m = Pattern.compile("GET (http://127\\.0\\.0\\.1:\\d+/__health)")
                    .matcher(text);
            assertThat(m.find()).isTrue();
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(m.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(dir.resolve("sandbox-signer.p12")).exists();
            Matcher console = Pattern.compile("console \\(bảng điều khiển\\) (http://127\\.0\\.0\\.1:\\d+/__console)")
                    .matcher(text);
            assertThat(console.find()).as(text).isTrue();
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(console.group(1))).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("/__console/console.js");
        } finally {
            command.stop.countDown();
        }
        assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
    }
}
