package io.github.egovsdk.samples;

import io.github.egovsdk.core.auth.Credentials;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.receive.EdocReceiver;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.testkit.EgovSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A long-running receiver (máy nhận văn bản) for one agency: polls the axis, hands each document to your code,
 * acknowledges it only after your code returned, survives restarts (checkpoints in the staging folder).
 *
 * <p>With {@code EGOV_VXP_ENDPOINT}, {@code EGOV_VXP_SYSTEM_ID}, {@code EGOV_VXP_SECRET} and {@code EGOV_VXP_AGENCY}
 * set it polls that axis; otherwise it starts the embedded sandbox and sends itself one document first.
 * Usage: {@code RunReceiver [--once] [--interval SECONDS]}.
 */
public final class RunReceiver {
    private RunReceiver() {}

    public static void main(String[] args) throws Exception {
        boolean once = List.of(args).contains("--once");
        int interval = 5;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--interval")) {
                interval = Integer.parseInt(args[i + 1]);
            }
        }
        Path staging = Files.createDirectories(Path.of("target/receiver-staging"));
        String endpoint = System.getenv("EGOV_VXP_ENDPOINT");
        EgovSandbox sandbox = endpoint == null ? EgovSandbox.start() : null;
        try {
            VxpClient client;
            Organization self;
            if (sandbox != null) {
                client = sandbox.axisClient(EgovSandbox.AGENCY_B);
                self = Organization.of(EgovSandbox.AGENCY_B.organId(), EgovSandbox.AGENCY_B.name());
                sendOneFromA(sandbox, staging);
            } else {
                client = VxpClient.builder()
                        .endpoint(endpoint)
                        .credentials(Credentials.system(
                                System.getenv("EGOV_VXP_SYSTEM_ID"), System.getenv("EGOV_VXP_SECRET")))
                        .build();
                String agency = System.getenv("EGOV_VXP_AGENCY");
                self = Organization.of(agency, agency);
            }
            EdocReceiver receiver = EdocReceiver.builder()
                    .client(client)
                    .stagingDirectory(staging)
                    .sendArrivedStatusAs(self)
                    .onHandlerFailure(EdocReceiver.HandlerFailure.RETRY)
                    .handler((docId, message, file) -> System.out.println("Nhận / received " + docId + ": "
                            + message.codeNumber() + "/" + message.codeNotation() + " — " + message.subject()))
                    .build();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            do {
                int n = receiver.pollOnce();
                System.out.println("Lượt nhận / poll: " + n + " văn bản / documents");
            } while (!once && !stop.await(Duration.ofSeconds(interval).toMillis(), TimeUnit.MILLISECONDS));
            client.close();
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private static void sendOneFromA(EgovSandbox sandbox, Path dir) {
        Path file = dir.resolve("outgoing.edxml");
        EdxmlWriter.standard()
                .write(
                        EdocDocument.builder()
                                .from(Organization.of(EgovSandbox.AGENCY_A.organId(), EgovSandbox.AGENCY_A.name()))
                                .to(Organization.of(EgovSandbox.AGENCY_B.organId(), EgovSandbox.AGENCY_B.name()))
                                .code("7", "UBND-VP")
                                .promulgation("Thử Nghiệm", LocalDate.now())
                                .subject("V/v chạy thử máy nhận văn bản")
                                .build(),
                        file);
        try (VxpClient a = sandbox.axisClient(EgovSandbox.AGENCY_A)) {
            a.sendDocument(file, EgovSandbox.AGENCY_A.organId());
        }
    }
}
