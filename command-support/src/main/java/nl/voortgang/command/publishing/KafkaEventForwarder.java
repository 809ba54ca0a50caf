package nl.voortgang.command.publishing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.voortgang.command.security.CallerOnCommands;
import nl.voortgang.contracts.DomainEvent;
import nl.voortgang.contracts.EventCatalogue;
import nl.voortgang.contracts.EventCodec;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.contracts.EventType;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Forwards every stored domain event to the service's topic, keyed by aggregate id. It runs in
 * a tracking event processor whose token lives in the event store's database: the event
 * store is the outbox. The sends of one batch are awaited before the batch's token is stored,
 * so a failed send rolls the batch back and it is sent again (at least once, in order per
 * aggregate). A send that fails at once (no broker metadata within max.block.ms) fails the batch
 * too: the processor propagates handler errors instead of logging and skipping the event.
 */
@ProcessingGroup(KafkaEventForwarder.PROCESSING_GROUP)
public class KafkaEventForwarder {

    public static final String PROCESSING_GROUP = "kafka-forwarder";
    private static final String PENDING_SENDS = KafkaEventForwarder.class.getName() + ".pendingSends";

    private final KafkaTemplate<String, byte[]> kafka;
    private final String topic;
    private final Duration sendTimeout;
    private final ForwardingMetrics metrics;

    public KafkaEventForwarder(KafkaTemplate<String, byte[]> kafka, String topic, Duration sendTimeout, ForwardingMetrics metrics) {
        this.kafka = kafka;
        this.topic = topic;
        this.sendTimeout = sendTimeout;
        this.metrics = metrics;
    }

    @EventHandler
    void forward(DomainEvent event, DomainEventMessage<?> message) {
        EventType type = EventCatalogue.forEvent(event);
        RecordHeaders headers = new RecordHeaders();
        header(headers, EventHeaders.EVENT_ID, message.getIdentifier());
        header(headers, EventHeaders.AGGREGATE_ID, message.getAggregateIdentifier());
        header(headers, EventHeaders.AGGREGATE_TYPE, type.aggregateType());
        header(headers, EventHeaders.SEQUENCE_NUMBER, Long.toString(message.getSequenceNumber()));
        header(headers, EventHeaders.EVENT_TYPE, type.name());
        header(headers, EventHeaders.EVENT_REVISION, Integer.toString(type.revision()));
        header(headers, EventHeaders.ACTOR, event.actor());
        header(headers, EventHeaders.ACTOR_NAME, (String) message.getMetaData().get(CallerOnCommands.ACTOR_NAME));
        header(headers, EventHeaders.RECORDED_AT, event.recordedAt().toString());
        header(headers, EventHeaders.EFFECTIVE_DATE, event.effectiveDate().toString());
        header(headers, EventHeaders.STORED_AT, message.getTimestamp().toString());
        header(headers, EventHeaders.CONTENT_TYPE, "application/json");
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                topic, null, message.getAggregateIdentifier(), EventCodec.encode(event), headers);
        List<CompletableFuture<?>> pendingSends = pendingSendsOfThisBatch();
        try {
            pendingSends.add(kafka.send(record));
        } catch (RuntimeException e) {
            metrics.failed();
            throw new ForwardingFailedException("Kafka did not take event " + message.getIdentifier() + " for " + topic
                    + "; the batch will be sent again", e);
        }
        metrics.forwarded(message.getTimestamp());
    }

    private List<CompletableFuture<?>> pendingSendsOfThisBatch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            batch.onPrepareCommit(u -> awaitAll(sends));
            return sends;
        });
    }

    private void awaitAll(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForwardingFailedException("interrupted while waiting for Kafka to acknowledge " + sends.size() + " events", e);
        } catch (ExecutionException | TimeoutException e) {
            metrics.failed();
            throw new ForwardingFailedException("Kafka did not acknowledge " + sends.size() + " events on " + topic
                    + "; the batch will be sent again", e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
