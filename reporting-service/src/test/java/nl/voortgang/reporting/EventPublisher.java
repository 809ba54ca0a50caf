package nl.voortgang.reporting;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import nl.voortgang.contracts.DomainEvent;
import nl.voortgang.contracts.EventCatalogue;
import nl.voortgang.contracts.EventCodec;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.contracts.EventType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import nl.voortgang.testsupport.TestInfrastructure;

/** Publishes events the way the command services' forwarders do, for consumer tests. */
public final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public EventPublisher() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(config);
    }

    /** Publishes the event with a new event id and returns that id. */
    public String publish(String topic, DomainEvent event, long sequenceNumber) {
        String eventId = UUID.randomUUID().toString();
        publish(topic, event, sequenceNumber, eventId);
        return eventId;
    }

    public void publish(String topic, DomainEvent event, long sequenceNumber, String eventId) {
        EventType type = EventCatalogue.forEvent(event);
        send(topic, event.aggregateId(), EventCodec.encode(event), Map.of(
                EventHeaders.EVENT_ID, eventId,
                EventHeaders.AGGREGATE_ID, event.aggregateId(),
                EventHeaders.AGGREGATE_TYPE, type.aggregateType(),
                EventHeaders.SEQUENCE_NUMBER, Long.toString(sequenceNumber),
                EventHeaders.EVENT_TYPE, type.name(),
                EventHeaders.EVENT_REVISION, Integer.toString(type.revision()),
                EventHeaders.ACTOR, event.actor(),
                EventHeaders.RECORDED_AT, event.recordedAt().toString(),
                EventHeaders.EFFECTIVE_DATE, event.effectiveDate().toString()));
    }

    public void send(String topic, String key, byte[] value, Map<String, String> headers) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, v) -> recordHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
