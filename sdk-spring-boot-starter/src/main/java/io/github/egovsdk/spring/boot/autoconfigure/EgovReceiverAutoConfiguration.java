package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.edoc.receive.CheckpointStore;
import io.github.egovsdk.edoc.receive.EdocHandler;
import io.github.egovsdk.edoc.receive.EdocReceiver;
import io.github.egovsdk.edoc.receive.FileCheckpointStore;
import io.github.egovsdk.edoc.vxp.VxpClient;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * {@code egov.vxp.receiver.enabled=true} with an {@link EdocHandler} bean: the receive loop as a managed
 * {@link EdocReceiverLifecycle}, with a {@link FileCheckpointStore} unless the application has its own
 * {@link CheckpointStore} bean.
 */
@AutoConfiguration(after = EgovClientsAutoConfiguration.class)
@ConditionalOnProperty(prefix = "egov.vxp.receiver", name = "enabled", havingValue = "true")
@ConditionalOnBean({VxpClient.class, EdocHandler.class})
public class EgovReceiverAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CheckpointStore egovCheckpointStore(EgovSettings settings) {
        ReceiverProperties p = settings.properties().getVxp().getReceiver();
        Path dir = p.getCheckpointDirectory() != null
                ? p.getCheckpointDirectory()
                : staging(p).resolve(".checkpoints");
        return new FileCheckpointStore(dir);
    }

    @Bean
    @ConditionalOnMissingBean
    public EdocReceiverLifecycle egovEdocReceiver(
            EgovSettings settings, VxpClient client, EdocHandler handler, CheckpointStore checkpoints) {
        ReceiverProperties p = settings.properties().getVxp().getReceiver();
        positive(p.getPollInterval(), "egov.vxp.receiver.poll-interval");
        positive(p.getShutdownTimeout(), "egov.vxp.receiver.shutdown-timeout");
        EdocReceiver receiver = EdocReceiver.builder()
                .client(client)
                .stagingDirectory(staging(p))
                .checkpoints(checkpoints)
                .handler(handler)
                .onHandlerFailure(p.getOnHandlerFailure())
                .messageType(p.getMessageType())
                .build();
        return new EdocReceiverLifecycle(receiver, p.getPollInterval(), p.getShutdownTimeout());
    }

    private static Path staging(ReceiverProperties p) {
        return Required.value(p.getStagingDirectory(), "egov.vxp.receiver.staging-directory", "the receive loop");
    }

    private static void positive(Duration d, String property) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw Required.invalid(property, d, "must be a positive duration / phải là khoảng thời gian dương");
        }
    }
}
