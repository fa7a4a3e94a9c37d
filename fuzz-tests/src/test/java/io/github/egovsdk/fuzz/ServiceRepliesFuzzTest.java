package io.github.egovsdk.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.core.config.RetryPolicy;
import io.github.egovsdk.dvc.payment.PaymentClient;
import io.github.egovsdk.dvc.portal.PortalClient;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.VxpClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What services answer, read by the SDK's real clients over a scripted transport: the payment callback (a pure
 * parser), the portal's JSON replies and the VXP axis' JSON replies and streamed {@code getEdoc} download — with bodies
 * that may break mid-stream.
 */
class ServiceRepliesFuzzTest {
    private static final String SECRET = "fuzz-secret-KHONG-DUNG-THAT";
    private static final AtomicReference<ScriptedTransport.Answer> NEXT = new AtomicReference<>();
    private static final ScriptedTransport TRANSPORT =
            new ScriptedTransport(request -> request.uri().getPath().endsWith("/login")
                    ? new ScriptedTransport.Answer(
                            200,
                            "application/json",
                            "{\"error_code\":\"0\",\"session\":\"fuzz-session\"}".getBytes(StandardCharsets.UTF_8),
                            -1)
                    : NEXT.get());
    private static Path folder;
    private static PaymentClient payment;
    private static PortalClient portal;
    private static VxpClient axis;

    @BeforeAll
    static void clients() throws IOException {
        folder = Files.createTempDirectory("fuzz-replies");
        payment = PaymentClient.builder()
                .endpoint("http://payment.invalid/")
                .partnerCode("FUZZ")
                .secret(SECRET)
                .serverIp("127.0.0.1")
                .httpTransport(TRANSPORT)
                .retryPolicy(RetryPolicy.none())
                .build();
        portal = PortalClient.builder()
                .endpoint("http://portal.invalid/")
                .login("fuzz", "fuzz-password")
                .dstCode("FUZZ")
                .httpTransport(TRANSPORT)
                .retryPolicy(RetryPolicy.none())
                .build();
        axis = VxpClient.builder()
                .endpoint("http://axis.invalid/")
                .credentials(new VxpHmacSigner("000.00.00.H41", SECRET))
                .httpTransport(TRANSPORT)
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    @AfterAll
    static void clean() throws IOException {
        payment.close();
        portal.close();
        axis.close();
        FuzzFiles.deleteTree(folder);
    }

    @FuzzTest(maxDuration = "6s")
    void paymentCallback(FuzzedDataProvider data) {
        String body = data.consumeRemainingAsString();
        Contract.typedErrorsOnly(() -> payment.verifyCallback(body));
    }

    @FuzzTest(maxDuration = "6s")
    void portalReplies(byte[] input) {
        int call = ScriptedInput.call(input, 5);
        NEXT.set(ScriptedInput.answer(input));
        Contract.typedErrorsOnly(() -> {
            switch (call) {
                case 0 -> portal.lookup("000.00.00.H41-260105-0001");
                case 1 -> portal.agencies();
                case 2 -> portal.procedures();
                case 3 -> portal.procedure("1.000001");
                default -> portal.techId("001099012345");
            }
        });
    }

    @FuzzTest(maxDuration = "6s")
    void axisReplies(byte[] input) throws IOException {
        int call = ScriptedInput.call(input, 4);
        NEXT.set(ScriptedInput.answer(input));
        Path target = folder.resolve("package.edxml");
        Contract.typedErrorsOnly(() -> {
            switch (call) {
                case 0 -> axis.listReceived(MessageType.EDOC);
                case 1 -> axis.download("e1f4-fuzz-doc", target);
                case 2 -> axis.sentDeliveries("e1f4-fuzz-doc");
                default -> axis.countReceived(MessageType.STATUS);
            }
        });
        FuzzFiles.emptyFolder(folder);
    }
}
