package nl.voortgang.reporting;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
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

    /** The display name the published events carry in the actor-name header beside their actor. */
    public static String displayNameOf(String actor) {
        return "Naam van " + actor;
    }

    /** Publishes the event with a new event id and returns that id. */
    public String publish(String topic, DomainEvent event, long sequenceNumber) {
        String eventId = UUID.randomUUID().toString();
        publish(topic, event, sequenceNumber, eventId);
        return eventId;
    }

    /** Publishes many events without waiting for each acknowledgement; returns once all are acknowledged. */
    public void publishAll(String topic, List<DomainEvent> events, List<Long> sequenceNumbers) {
        for (int i = 0; i < events.size(); i++) {
            producer.send(record(topic, events.get(i), sequenceNumbers.get(i), UUID.randomUUID().toString()));
        }
        producer.flush();
    }

    public void publish(String topic, DomainEvent event, long sequenceNumber, String eventId) {
        send(record(topic, event, sequenceNumber, eventId));
    }

    /** Publishes the event with a new event id and these headers beside the forwarder's, such as a traceparent. */
    public void publish(String topic, DomainEvent event, long sequenceNumber, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(headers(event, sequenceNumber, UUID.randomUUID().toString()));
        headers.putAll(extraHeaders);
        send(record(topic, event.aggregateId(), EventCodec.encode(event), headers));
    }

    private static ProducerRecord<String, byte[]> record(String topic, DomainEvent event, long sequenceNumber, String eventId) {
        return record(topic, event.aggregateId(), EventCodec.encode(event), headers(event, sequenceNumber, eventId));
    }

    private static Map<String, String> headers(DomainEvent event, long sequenceNumber, String eventId) {
        EventType type = EventCatalogue.forEvent(event);
        return Map.of(
                EventHeaders.EVENT_ID, eventId,
                EventHeaders.AGGREGATE_ID, event.aggregateId(),
                EventHeaders.AGGREGATE_TYPE, type.aggregateType(),
                EventHeaders.SEQUENCE_NUMBER, Long.toString(sequenceNumber),
                EventHeaders.EVENT_TYPE, type.name(),
                EventHeaders.EVENT_REVISION, Integer.toString(type.revision()),
                EventHeaders.ACTOR, event.actor(),
                EventHeaders.ACTOR_NAME, displayNameOf(event.actor()),
                EventHeaders.RECORDED_AT, event.recordedAt().toString(),
                EventHeaders.EFFECTIVE_DATE, event.effectiveDate().toString());
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, byte[] value, Map<String, String> headers) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, v) -> recordHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(topic, null, key, value, recordHeaders);
    }

    public void send(String topic, String key, byte[] value, Map<String, String> headers) {
        send(record(topic, key, value, headers));
    }

    /** Publishes a record whose headers name ActivityRegistered but whose value is not JSON: poison for any consumer. */
    public void publishUnreadable(String topic, String key) {
        send(topic, key, "{not json".getBytes(StandardCharsets.UTF_8), Map.of(
                EventHeaders.EVENT_ID, UUID.randomUUID().toString(), EventHeaders.AGGREGATE_ID, key,
                EventHeaders.AGGREGATE_TYPE, "Activity", EventHeaders.SEQUENCE_NUMBER, "0",
                EventHeaders.EVENT_TYPE, "ActivityRegistered", EventHeaders.EVENT_REVISION, "1"));
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
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
