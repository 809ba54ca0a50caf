package nl.voortgang.reporting.consumption;

import java.util.List;
import java.util.Optional;
import nl.voortgang.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each polled batch in one database transaction: every event is recorded once in the
 * event log and handed to every projection. Offsets are committed only after the transaction,
 * so a crash replays the batch, and the event log's unique event id turns the replay into a no-op.
 */
@Component
class EventConsumer {

    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);

    private final EventLog eventLog;
    private final List<Projection> projections;
    private final TransactionTemplate transaction;
    private final DeadLetters deadLetters;

    EventConsumer(EventLog eventLog, List<Projection> projections, TransactionTemplate transaction, DeadLetters deadLetters) {
        this.eventLog = eventLog;
        this.projections = projections;
        this.transaction = transaction;
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = "reporting-consumer", topics = {Topics.ACTIVITY_EVENTS, Topics.MOTIE_EVENTS},
            batch = "true", concurrency = "${voortgang.consumption.concurrency:1}")
    void consume(List<ConsumerRecord<String, byte[]>> records) {
        transaction.executeWithoutResult(status -> records.forEach(this::applyOrDeadLetter));
    }

    private void applyOrDeadLetter(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event;
        try {
            event = IncomingEventReader.read(record);
        } catch (PoisonMessageException e) {
            log.warn("dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
            deadLetters.send(record, e.getMessage());
            return;
        }
        Optional<Long> position = eventLog.recordIfNew(event);
        position.ifPresent(p -> projections.forEach(projection -> projection.apply(event, p)));
    }
}
