package io.github.egovsdk.spring.boot.autoconfigure;

import io.github.egovsdk.edoc.receive.EdocReceiver;
import io.github.egovsdk.edoc.vxp.MessageType;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The managed receive loop: polls the axis on a schedule and hands each package to the application's
 * {@code EdocHandler} bean. Started only when enabled and a handler bean exists.
 */
public class ReceiverProperties {
    /** Run the receive loop. */
    private boolean enabled;
    /** Where packages are downloaded before the handler runs (deleted after acknowledgement). */
    private Path stagingDirectory;
    /** Where the file checkpoint store keeps its marks; default {@code <staging-directory>/.checkpoints}. */
    private Path checkpointDirectory;
    /** Time between the end of one poll and the start of the next. */
    private Duration pollInterval = Duration.ofSeconds(30);
    /** How long a graceful shutdown waits for the running poll to finish. */
    private Duration shutdownTimeout = Duration.ofSeconds(30);
    /** Which axis queue to poll: EDOC (documents) or STATUS (status messages). */
    private MessageType messageType = MessageType.EDOC;
    /** What a failing handler does: RETRY (offered again on the next poll) or ACKNOWLEDGE_FAIL. */
    private EdocReceiver.HandlerFailure onHandlerFailure = EdocReceiver.HandlerFailure.RETRY;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Path getStagingDirectory() {
        return stagingDirectory;
    }

    public void setStagingDirectory(Path stagingDirectory) {
        this.stagingDirectory = stagingDirectory;
    }

    public Path getCheckpointDirectory() {
        return checkpointDirectory;
    }

    public void setCheckpointDirectory(Path checkpointDirectory) {
        this.checkpointDirectory = checkpointDirectory;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getShutdownTimeout() {
        return shutdownTimeout;
    }

    public void setShutdownTimeout(Duration shutdownTimeout) {
        this.shutdownTimeout = shutdownTimeout;
    }

    public MessageType getMessageType() {
        return messageType;
    }

    public void setMessageType(MessageType messageType) {
        this.messageType = messageType;
    }

    public EdocReceiver.HandlerFailure getOnHandlerFailure() {
        return onHandlerFailure;
    }

    public void setOnHandlerFailure(EdocReceiver.HandlerFailure onHandlerFailure) {
        this.onHandlerFailure = onHandlerFailure;
    }
}
