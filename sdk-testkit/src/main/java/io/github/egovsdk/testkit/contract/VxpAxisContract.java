package io.github.egovsdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.egovsdk.core.EgovServiceException;
import io.github.egovsdk.core.auth.VxpHmacSigner;
import io.github.egovsdk.edoc.EdocDocument;
import io.github.egovsdk.edoc.EdxmlReader;
import io.github.egovsdk.edoc.EdxmlWriter;
import io.github.egovsdk.edoc.Organization;
import io.github.egovsdk.edoc.ParsedEdxml;
import io.github.egovsdk.edoc.ResponseFor;
import io.github.egovsdk.edoc.StatusCode;
import io.github.egovsdk.edoc.StatusMessage;
import io.github.egovsdk.edoc.vxp.MessageType;
import io.github.egovsdk.edoc.vxp.ReceivedPackage;
import io.github.egovsdk.edoc.vxp.SendResult;
import io.github.egovsdk.edoc.vxp.SenderNotRegisteredException;
import io.github.egovsdk.edoc.vxp.TransportStatus;
import io.github.egovsdk.edoc.vxp.VxpClient;
import io.github.egovsdk.testkit.SandboxAgency;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK's {@link VxpClient} against an axis: send, list, download, acknowledge, deliveries, status routing and the
 * axis' refusals. Subclass it and return a {@link AxisTarget} — the sandbox in our CI, your staging axis in yours
 * ({@link AxisTarget#fromEnvironment()}). Tests only look at the packages they sent, so a shared staging axis is fine.
 *
 * <p>Example:
 * <pre>{@code
 * class StagingAxisContractTest extends VxpAxisContract {   // e.g. @EnabledIfEnvironmentVariable EGOV_VXP_ENDPOINT
 *     @Override
 *     protected AxisTarget target() {
 *         return AxisTarget.fromEnvironment().orElseThrow();   // EGOV_VXP_ENDPOINT, EGOV_VXP_SENDER_*, _RECIPIENT_*
 *     }
 * }
 * }</pre>
 */
public abstract class VxpAxisContract {
    @TempDir
    protected Path dir;

    /** The axis and agencies to run against. */
    protected abstract AxisTarget target();

    private VxpClient client(SandboxAgency agency) {
        return VxpClient.builder()
                .endpoint(target().endpoint())
                .credentials(new VxpHmacSigner(agency.systemId(), agency.secret()))
                .build();
    }

    private EdocDocument document(String subject) {
        return EdocDocument.builder()
                .from(Organization.of(
                        target().sender().organId(), target().sender().name()))
                .to(Organization.of(
                        target().recipient().organId(), target().recipient().name()))
                .code(String.valueOf(1 + (System.nanoTime() & 0x3FF)), "UBND-VP")
                .promulgation("Thử Nghiệm", LocalDate.now())
                .subject(subject)
                .build();
    }

    private Path write(EdocDocument doc) {
        Path file = dir.resolve(UUID.randomUUID() + ".edxml");
        EdxmlWriter.standard().write(doc, file);
        return file;
    }

    private ReceivedPackage waitingFor(VxpClient recipient, MessageType type, String fromCode) {
        return recipient.listReceived(type).stream()
                .filter(p -> fromCode.equals(p.from()))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("No " + type + " package from " + fromCode + " is waiting"));
    }

    @Test
    void sendDocument_whenSenderRegistered_recipientDownloadsTheSameMessage() {
        String subject = "Contract test " + UUID.randomUUID();
        EdocDocument doc = document(subject);
        try (VxpClient sender = client(target().sender());
                VxpClient recipient = client(target().recipient())) {
            SendResult sent = sender.sendDocument(write(doc), target().sender().organId());
            assertThat(sent.docId()).isNotBlank();

            ReceivedPackage waiting =
                    waitingFor(recipient, MessageType.EDOC, target().sender().organId());
            assertThat(waiting.docId()).isNotEqualTo(sent.docId());
            Path downloaded = recipient.download(waiting.docId(), dir.resolve("in.edxml"));
            ParsedEdxml parsed = EdxmlReader.builder().build().read(downloaded);
            assertThat(parsed.subject()).isEqualTo(subject);
            assertThat(parsed.documentId()).isEqualTo(doc.documentId());
        }
    }

    @Test
    void updateStatus_whenDone_leavesTheBoxAndShowsInSenderDeliveries() {
        try (VxpClient sender = client(target().sender());
                VxpClient recipient = client(target().recipient())) {
            SendResult sent = sender.sendDocument(
                    write(document("Delivery " + UUID.randomUUID())),
                    target().sender().organId());
            ReceivedPackage waiting =
                    waitingFor(recipient, MessageType.EDOC, target().sender().organId());
            recipient.updateStatus(waiting.docId(), TransportStatus.DONE);
            recipient.updateStatus(waiting.docId(), TransportStatus.DONE); // idempotent

            assertThat(recipient.listReceived(MessageType.EDOC))
                    .extracting(ReceivedPackage::docId)
                    .doesNotContain(waiting.docId());
            assertThat(sender.sentDeliveries(sent.docId())).singleElement().satisfies(d -> {
                assertThat(d.toCode()).isEqualTo(target().recipient().organId());
                assertThat(d.receiverDocId()).isEqualTo(waiting.docId());
                assertThat(d.receiveStatus()).isEqualTo("done");
            });
        }
    }

    @Test
    void sendStatus_whenRecipientAnswers_isRoutedBackToTheSender() {
        EdocDocument doc = document("Status " + UUID.randomUUID());
        try (VxpClient sender = client(target().sender());
                VxpClient recipient = client(target().recipient())) {
            sender.sendDocument(write(doc), target().sender().organId());
            StatusMessage status = StatusMessage.of(
                    Organization.of(
                            target().recipient().organId(), target().recipient().name()),
                    new ResponseFor(doc.from().organId(), doc.code().toString(), doc.documentId(), null),
                    StatusCode.fromCode("01").orElseThrow(),
                    LocalDateTime.now());
            Path file = dir.resolve("status.edxml");
            EdxmlWriter.standard().write(status, file);
            recipient.sendStatus(file, target().recipient().organId());

            ReceivedPackage back =
                    waitingFor(sender, MessageType.STATUS, target().recipient().organId());
            ParsedEdxml parsed =
                    EdxmlReader.builder().build().read(sender.download(back.docId(), dir.resolve("back.edxml")));
            assertThat(parsed.kind()).isEqualTo(ParsedEdxml.Kind.STATUS);
            assertThat(parsed.statusCode()).isEqualTo("01");
            assertThat(parsed.responseFor()).extracting(ResponseFor::documentId).contains(doc.documentId());
        }
    }

    @Test
    void send_whenFromIsNotAnAgencyOfTheNode_throwsSenderNotRegistered() {
        try (VxpClient recipient = client(target().recipient())) {
            Path file = write(document("Wrong sender"));
            assertThatThrownBy(
                            () -> recipient.sendDocument(file, target().sender().organId()))
                    .isInstanceOf(SenderNotRegisteredException.class);
        }
    }

    @Test
    void listReceived_whenSecretIsWrong_isRefusedByTheAxis() {
        SandboxAgency forged = new SandboxAgency(
                target().recipient().organId(), "forged", target().recipient().systemId(), "not-the-secret");
        try (VxpClient client = client(forged)) {
            assertThatThrownBy(() -> client.listReceived(MessageType.EDOC)).isInstanceOf(EgovServiceException.class);
        }
    }
}
