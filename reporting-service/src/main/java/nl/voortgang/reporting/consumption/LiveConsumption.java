package nl.voortgang.reporting.consumption;

import java.util.Objects;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/** The live consumer as a rebuild sees it: it can be held between two batches and let go again. */
@Component
public class LiveConsumption {

    private final KafkaListenerEndpointRegistry registry;

    LiveConsumption(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    public void pause() {
        container().pause();
    }

    /** True once no batch is in flight any more: the consumer has paused, or is not running at all. */
    public boolean isHeld() {
        MessageListenerContainer container = container();
        return !container.isRunning() || container.isPauseRequested() && container.isContainerPaused();
    }

    public void resume() {
        container().resume();
    }

    public void stop() {
        container().stop();
    }

    public void start() {
        container().start();
    }

    private MessageListenerContainer container() {
        return Objects.requireNonNull(registry.getListenerContainer(EventConsumer.LISTENER_ID));
    }
}
