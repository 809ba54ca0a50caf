package nl.voortgang.reporting.consumption;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import nl.voortgang.contracts.DomainEvent;
import nl.voortgang.contracts.EventCodec;
import nl.voortgang.contracts.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads a Kafka record into an IncomingEvent, or says why it is poison. */
final class IncomingEventReader {

    private IncomingEventReader() {
    }

    static IncomingEvent read(ConsumerRecord<String, byte[]> record) {
        try {
            String type = required(record, EventHeaders.EVENT_TYPE);
            int revision = Integer.parseInt(required(record, EventHeaders.EVENT_REVISION));
            if (record.value() == null) {
                throw new PoisonMessageException("record has no value", null);
            }
            DomainEvent event = EventCodec.decode(type, revision, record.value());
            String storedAt = header(record, EventHeaders.STORED_AT);
            return new IncomingEvent(
                    required(record, EventHeaders.EVENT_ID),
                    required(record, EventHeaders.AGGREGATE_TYPE),
                    required(record, EventHeaders.AGGREGATE_ID),
                    Long.parseLong(required(record, EventHeaders.SEQUENCE_NUMBER)),
                    type,
                    revision,
                    event.actor(),
                    header(record, EventHeaders.ACTOR_NAME),
                    event.recordedAt(),
                    event.effectiveDate(),
                    storedAt == null ? null : Instant.parse(storedAt),
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    record.value(),
                    event,
                    header(record, EventHeaders.TRACEPARENT));
        } catch (PoisonMessageException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PoisonMessageException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }

    private static String required(ConsumerRecord<String, byte[]> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonMessageException("header '" + name + "' is missing", null);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
