package io.github.egovsdk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every sample's main, run against the embedded sandbox (or the corpus), with its printed output checked. */
class SamplesTest {
    private static final Path CORPUS = Path.of(System.getProperty("egov.corpus.dir"));

    interface Main {
        void run() throws Exception;
    }

    private static String capture(Main main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void signAndVerifyPdf_whenRunOnTheSandbox_printsTotalPassed(@TempDir Path dir) throws Exception {
        String out = capture(() -> SignAndVerifyPdf.main(new String[] {
            CORPUS.resolve("signatures/dss__pdf-signed-original.pdf").toString(), dir.resolve("s.pdf").toString()}));
        assertThat(out).contains("TOTAL_PASSED");
    }

    @Test
    void verifyFile_whenShadowAttackFile_saysNotValid() throws Exception {
        String out = capture(() -> VerifyFile.main(new String[] {
            CORPUS.resolve("signatures/pdfattacker__hide-and-replace-v1-4-manipulated.pdf").toString()}));
        assertThat(out).contains("không hợp lệ");
    }

    @Test
    void sendAndReceiveEdoc_whenRunOnTheSandbox_handlesTheDocumentAtB() throws Exception {
        String out = capture(() -> SendAndReceiveEdoc.main(new String[0]));
        assertThat(out).contains("B nhận / received", "Handled 1");
    }

    @Test
    void runReceiver_whenOnce_receivesTheDocumentSentToIt() throws Exception {
        String out = capture(() -> RunReceiver.main(new String[] {"--once"}));
        assertThat(out).contains("V/v chạy thử máy nhận văn bản", "1 văn bản / documents");
    }

    @Test
    void parseCard_whenSandboxCitizen_readsQrAndMrzAndMasksTheNumber() throws Exception {
        String out = capture(() -> ParseCard.main(new String[0]));
        assertThat(out).contains("QR: hợp lệ", "MRZ: hợp lệ", "001 ", "Hà Nội", "1999", "agree: true")
                .doesNotContain("001099012345");
    }
}
