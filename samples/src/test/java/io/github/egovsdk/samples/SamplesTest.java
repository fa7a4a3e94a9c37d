package io.github.egovsdk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.egovsdk.testkit.EgovSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
            CORPUS.resolve("signatures/dss__pdf-signed-original.pdf").toString(),
            dir.resolve("s.pdf").toString()
        }));
        assertThat(out).contains("TOTAL_PASSED");
    }

    @Test
    void verifyFile_whenShadowAttackFile_saysNotValid() throws Exception {
        String out = capture(() -> VerifyFile.main(new String[] {
            CORPUS.resolve("signatures/pdfattacker__hide-and-replace-v1-4-manipulated.pdf")
                    .toString()
        }));
        assertThat(out).contains("không hợp lệ");
    }

    @Test
    void signAndVerifyPdf_whenNoArguments_generatesItsInputAndPrintsTotalPassed() throws Exception {
        String out = capture(() -> SignAndVerifyPdf.main(new String[0]));
        assertThat(out).contains("TOTAL_PASSED");
    }

    @Test
    void verifyFile_whenNoArguments_verifiesAGeneratedSignedPdf() throws Exception {
        String out = capture(() -> VerifyFile.main(new String[0]));
        assertThat(out).contains("sample-letter-signed.pdf", "INDETERMINATE");
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
        assertThat(out)
                .contains("QR: hợp lệ", "MRZ: hợp lệ", "001 ", "Hà Nội", "1999", "agree: true")
                .doesNotContain("001099012345");
    }

    @Test
    void syncDossier_whenRunOnTheSandbox_createsUpdatesAndFindsTheDossierAfterReLogin() throws Exception {
        String out = capture(() -> SyncDossier.main(new String[0]));
        assertThat(out)
                .contains(
                        "Đồng bộ / sync: CREATED",
                        "Đồng bộ lại / sync again: UPDATED",
                        "trạng thái / status 4 (Đang xử lý), 1 bước / steps",
                        "lookup OK, số lần đăng nhập / logins 2",
                        "lệ phí / fee 8000 VND")
                .containsPattern("000\\.00\\.00\\.H27-\\d{6}-0001")
                .doesNotContain("001099012345", "Nguyễn Thử Nghiệm", EgovSandbox.PORTAL_PASSWORD);
    }

    @Test
    void takePayment_whenRunOnTheSandbox_verifiesTheCallbackAndSavesThePdfReceipt(@TempDir Path dir) throws Exception {
        String out = capture(() -> TakePayment.main(new String[] {dir.toString()}));
        assertThat(out)
                .contains(
                        "MaXacThuc đúng / MAC verified, MaLoi 00, 8000 VND",
                        "tampered amount: rejected",
                        "QUERY: đã thanh toán / paid (MaLoi 00)",
                        "%PDF-")
                .doesNotContain(EgovSandbox.PAYMENT_SECRET);
        try (var files = Files.list(dir)) {
            Path pdf = files.filter(f -> f.getFileName().toString().startsWith("bien-lai-dvc"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void loginWithVneid_whenRunOnTheSandbox_logsInTwiceAndMatchesThePopulationDb() throws Exception {
        String out = capture(() -> LoginWithVneid.main(new String[0]));
        assertThat(out)
                .contains(
                        "VNeID: VerifiedIdentity[VNEID, CITIZEN, level 2, id 001******345",
                        "forged callback: STATE_MISMATCH",
                        "portal SSO: VerifiedIdentity[PORTAL_SSO",
                        "TechID TECH-SANDBOX-0001",
                        "audit: MOTCUA-01, đăng nhập mẫu, MATCH",
                        "population DB: MATCH")
                .doesNotContain("001099012345", "Nguyễn Thử Nghiệm", EgovSandbox.VNEID_CLIENT_SECRET);
    }

    @Test
    void checkHealthInsurance_whenRunOnTheSandbox_checksByChipCardAndByCardAndRefusesTheUnregisteredOfficer()
            throws Exception {
        String out = capture(() -> CheckHealthInsurance.main(new String[0]));
        assertThat(out)
                .contains("000 Thông tin thẻ BHYT chính xác", "003 ", "054 ", "dùng được / usable")
                .doesNotContain("001099012345");
    }

    @Test
    void sendHealthCertificates_whenRunOnTheSandbox_getsEachReceived() throws Exception {
        String out = capture(() -> SendHealthCertificates.main(new String[0]));
        assertThat(out)
                .contains(
                        "GKSK ADD: đã tiếp nhận",
                        "GKSK EDIT: đã tiếp nhận",
                        "Giấy chứng sinh / birth certificate: đã tiếp nhận")
                .doesNotContain("bị từ chối");
    }

    @Test
    void lookUpThroughLgsp_whenRunOnTheSandbox_findsTheCitizenWithEveryStyle() throws Exception {
        String out = capture(() -> LookUpThroughLgsp.main(new String[0]));
        assertThat(out)
                .contains("A_LGSP_ACCESS_TOKEN", "E_XROAD_HEADERS", "G_BEARER")
                .doesNotContain("false")
                .doesNotContain("001099012345");
    }

    @Test
    void interconnectedBirth_whenRunOnTheSandbox_registersAndPushesOneThreeSevenFour() throws Exception {
        String out = capture(() -> InterconnectedBirth.main(new String[0]));
        assertThat(out)
                .contains("BIRTH G27.99-260101-0001", "(+1 đã hủy / cancelled)", "COMPLETED", "[1, 3, 7, 4]")
                .contains("079******222")
                .doesNotContain("079301000222");
    }

    @Test
    void criminalRecordAndResults_whenRunOnTheSandbox_issuesTheCertificateAndReadsTheStore() throws Exception {
        String out = capture(() -> CriminalRecordAndResults.main(new String[0]));
        assertThat(out).contains("submit: ACCEPTED", "VNeID: DONE", "KQ.G15.000031 Giấy khai sinh", "answered: true");
    }
}
