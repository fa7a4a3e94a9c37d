package io.github.egovsdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.ReceivedPackage;
import io.github.egovsdk.edoc.vxp.SendResult;
import io.github.egovsdk.edoc.vxp.TransportStatus;
import io.github.egovsdk.edoc.vxp.VxpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract of the VXP axis as the SDK uses it, runnable against any endpoint: our CI runs it against the sandbox;
 * vendors extend it with clients for their staging nodes (e.g. from {@code VXP_ENDPOINT}, {@code VXP_SYSTEM_ID},
 * {@code VXP_SECRET}) and registered agency codes.
 */
public abstract class VxpAxisContract {
    /** A client for the sending node. */
    protected abstract VxpClient sender();

    /** A client for the node of the receiving agency. */
    protected abstract VxpClient receiver();

    /** A client whose secret is wrong. */
    protected abstract VxpClient wronglySigned();

    protected abstract String senderAgency();

    protected abstract String receiverAgency();

    @Test
    void sendThenReceive_deliversTheSameBytesAndTracksTheAcknowledgement() throws Exception {
        Path dir = Files.createTempDirectory("vxp-contract");
        Path file = dir.resolve("out.edxml");
        EdocDocument doc = EdocDocument.builder().from(Organization.of(senderAgency(), "Sender"))
                .to(Organization.of(receiverAgency(), "Receiver")).code(String.valueOf(System.nanoTime() % 100000),
                        "CT-TEST").promulgation("Hà Nội", LocalDate.now()).subject("Kiểm thử hợp đồng trục").build();
        EdxmlWriter.standard().write(doc, file);

        SendResult sent = sender().sendDocument(file, senderAgency());
        List<ReceivedPackage> waiting = receiver().listReceived(MessageType.EDOC);
        ReceivedPackage mine = waiting.stream().filter(p -> senderAgency().equals(p.from())).reduce((a, b) -> b)
                .orElseThrow();
        Path in = receiver().download(mine.docId(), dir.resolve("in.edxml"));
        receiver().updateStatus(mine.docId(), TransportStatus.DONE);

        assertThat(sent.docId()).isNotBlank();
        assertThat(Files.mismatch(in, file)).isEqualTo(-1);
        ParsedEdxml parsed = EdxmlReader.builder().build().read(in);
        assertThat(parsed.documentId()).isEqualTo(doc.documentId());
        assertThat(sender().sentDeliveries(sent.docId())).anySatisfy(d -> {
            assertThat(d.toCode()).isEqualTo(receiverAgency());
            assertThat(d.receiveStatus()).isEqualTo("done");
        });
        assertThat(receiver().listReceived(MessageType.EDOC)).noneMatch(p -> p.docId().equals(mine.docId()));
    }

    @Test
    void anyCall_whenSignatureIsWrong_isRefusedWithTheAxisError() {
        assertThatThrownBy(() -> wronglySigned().listReceived(MessageType.EDOC))
                .isInstanceOf(EgovServiceException.class);
    }
}
