package nl.voortgang.reporting.consumption;

import java.util.List;
import nl.voortgang.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Applies each polled batch in one database transaction. Offsets are committed only after the
 * transaction, so a crash replays the batch, and the event log's unique event id turns the replay
 * into a no-op.
 */
@Component
class EventConsumer {

    static final String LISTENER_ID = "reporting-consumer";

    private final BatchApplier applier;

    EventConsumer(BatchApplier applier) {
        this.applier = applier;
    }

    @KafkaListener(id = LISTENER_ID, topics = {Topics.ACTIVITY_EVENTS, Topics.MOTIE_EVENTS},
            batch = "true", concurrency = "${voortgang.consumption.concurrency:1}")
    void consume(List<ConsumerRecord<String, byte[]>> records) {
        applier.applyLive(records);
    }
}
