package nl.voortgang.reporting.consumption;

import java.util.Objects;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/** The live consumer as a rebuild sees it: it can be held between two batches and let go again. */
@Component
public class LiveConsumption {

    private final KafkaListenerEndpointRegistry registry;
    private volatile boolean heldOnPurpose;

    LiveConsumption(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    public void pause() {
        heldOnPurpose = true;
        container().pause();
    }

    /** True once no batch is in flight any more: the consumer has paused, or is not running at all. */
    public boolean isHeld() {
        MessageListenerContainer container = container();
        return !container.isRunning() || container.isPauseRequested() && container.isContainerPaused();
    }

    public void resume() {
        container().resume();
        heldOnPurpose = false;
    }

    public void stop() {
        heldOnPurpose = true;
        container().stop();
    }

    public void start() {
        container().start();
        heldOnPurpose = false;
    }

    /** True while a rebuild (or an operator) holds the consumer: records waiting then do not mean it is stuck. */
    boolean isHeldOnPurpose() {
        return heldOnPurpose;
    }

    private MessageListenerContainer container() {
        return Objects.requireNonNull(registry.getListenerContainer(EventConsumer.LISTENER_ID));
    }
}
