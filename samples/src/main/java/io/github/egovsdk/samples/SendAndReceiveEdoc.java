package io.github.egovsdk.samples;

import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.receive.EdocReceiver;
import io.github.egovsdk.edoc.vxp.SendResult;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.testkit.EgovSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Sends an edXML document from agency A to B through the sandbox axis and receives it at B with the receive loop. */
public final class SendAndReceiveEdoc {
    private SendAndReceiveEdoc() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of("target/edoc-sample"));
        try (EgovSandbox sandbox = EgovSandbox.start();
                VxpClient a = sandbox.axisClient(EgovSandbox.AGENCY_A);
                VxpClient b = sandbox.axisClient(EgovSandbox.AGENCY_B)) {
            EdocDocument doc = EdocDocument.builder()
                    .from(Organization.of(EgovSandbox.AGENCY_A.organId(), EgovSandbox.AGENCY_A.name()))
                    .to(Organization.of(EgovSandbox.AGENCY_B.organId(), EgovSandbox.AGENCY_B.name()))
                    .code("45", "UBND-KSTT")
                    .promulgation("Bắc Ninh", LocalDate.now())
                    .subject("V/v báo cáo tình hình giải quyết thủ tục hành chính")
                    .build();
            Path file = work.resolve("out.edxml");
            EdxmlWriter.standard().write(doc, file);
            SendResult sent = a.sendDocument(file, EgovSandbox.AGENCY_A.organId());
            System.out.println("Đã gửi / sent: axis DocId " + sent.docId());
            int handled = EdocReceiver.builder()
                    .client(b)
                    .stagingDirectory(work.resolve("staging"))
                    .sendArrivedStatusAs(Organization.of(EgovSandbox.AGENCY_B.organId(), EgovSandbox.AGENCY_B.name()))
                    .handler((docId, message, staged) -> System.out.println("B nhận / received: " + message.subject()))
                    .build()
                    .pollOnce();
            System.out.println("Handled " + handled + "; deliveries: " + a.sentDeliveries(sent.docId()));
        }
    }
}
