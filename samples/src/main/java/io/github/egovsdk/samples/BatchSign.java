package io.github.egovsdk.samples;

import io.github.egovsdk.samples.support.SampleFiles;
import io.github.egovsdk.signature.cms.CadesSigner;
import io.github.egovsdk.signature.pdf.PadesOptions;
import io.github.egovsdk.signature.pdf.PadesSigner;
import io.github.egovsdk.signature.remote.BatchDocument;
import io.github.egovsdk.signature.remote.BatchSigner;
import io.github.egovsdk.signature.remote.BatchSigningResult;
import io.github.egovsdk.signature.remote.RemoteCredential;
import io.github.egovsdk.signature.remote.SmartCaRemoteSigner;
import io.github.egovsdk.signature.sign.SignOptions;
import io.github.egovsdk.signature.tsa.TsaClient;
import io.github.egovsdk.signature.verify.SignatureReport;
import io.github.egovsdk.signature.verify.SignatureValidator;
import io.github.egovsdk.signature.xml.XadesSigner;
import io.github.egovsdk.testkit.EgovSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Signs a PDF, an XML form and a text file (PAdES, XAdES, CAdES, all B-T) with a remote-signing service through one
 * confirmation of the user: the sandbox's VNPT SmartCA emulation receives the three hashes in one request, "the user"
 * approves once on the phone, and each signed file is verified. Usage: {@code BatchSign [OUTPUT-DIR]} (default
 * {@code target/batch-sign}).
 */
public final class BatchSign {
    private static final String USER_ID = "0912345678";

    private BatchSign() {}

    public static void main(String[] args) {
        SampleFiles.run("BatchSign", () -> batchSign(Path.of(args.length > 0 ? args[0] : "target/batch-sign")));
    }

    private static void batchSign(Path dir) {
        try (EgovSandbox sandbox = EgovSandbox.start();
                TsaClient tsa = sandbox.tsaClient();
                SmartCaRemoteSigner smartCa = SmartCaRemoteSigner.builder()
                        .endpoint(sandbox.smartCaEndpoint())
                        .relyingParty(EgovSandbox.SMARTCA_SP_ID, EgovSandbox.SMARTCA_SP_PASSWORD)
                        .build()) {
            Files.createDirectories(dir);
            Path pdf = SampleFiles.letterPdf(dir.resolve("cong-van.pdf"));
            Path xml = Files.writeString(
                    dir.resolve("to-khai.xml"),
                    "<ToKhai><HoTen>Nguyễn Văn An</HoTen><NoiDung>Đăng ký kinh doanh</NoiDung></ToKhai>");
            Path txt = Files.writeString(dir.resolve("bao-cao.txt"), "Báo cáo tình hình tháng 11/2026");

            RemoteCredential credential = smartCa.listCredentials(USER_ID).get(0);
            // The signers know the certificate only: the private key stays at the provider.
            List<BatchDocument> documents = List.of(
                    BatchDocument.of(
                            PadesSigner.builder()
                                    .certificates(credential.chain())
                                    .tsa(tsa)
                                    .build(),
                            pdf,
                            dir.resolve("cong-van-signed.pdf"),
                            new PadesOptions(null, "Ký số từ xa", "Hà Nội", null)),
                    BatchDocument.of(
                            XadesSigner.builder()
                                    .certificates(credential.chain())
                                    .tsa(tsa)
                                    .build(),
                            xml,
                            dir.resolve("to-khai-signed.xml"),
                            SignOptions.enveloped()),
                    BatchDocument.of(
                            CadesSigner.builder()
                                    .certificates(credential.chain())
                                    .tsa(tsa)
                                    .build(),
                            txt,
                            dir.resolve("bao-cao.txt.p7s"),
                            SignOptions.detached()));
            BatchSigningResult result = BatchSigner.builder()
                    .remoteSigner(smartCa)
                    .userId(USER_ID)
                    .credential(credential)
                    .timeout(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(200))
                    .build()
                    .sign(documents, "Ký 3 văn bản / Sign 3 documents");

            SignatureValidator validator = SignatureValidator.builder()
                    .trustAnchor(sandbox.pki().issuingCa())
                    .build();
            for (BatchSigningResult.Item item : result.items()) {
                if (!item.signed()) {
                    System.out.println(item.input().getFileName() + ": lỗi / failed — "
                            + item.error().get().getMessage());
                    continue;
                }
                Path detached = item.output().toString().endsWith(".p7s") ? item.input() : null;
                SignatureReport s =
                        validator.validate(item.output(), detached).signatures().get(0);
                System.out.println(item.output().getFileName() + ": " + s.format() + " → " + s.indication());
            }
            System.out.println(result.signedCount() + "/" + result.items().size()
                    + " văn bản đã ký qua một lần xác nhận / documents signed with one confirmation");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
