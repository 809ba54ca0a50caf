package nl.voortgang.reporting.consumption;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.DomainEvent;

/** A consumed event with the metadata its Kafka headers carried (with the trace context), and where it came from. */
public record IncomingEvent(
        String eventId,
        String aggregateType,
        String aggregateId,
        long sequenceNumber,
        String eventType,
        int eventRevision,
        String actor,
        String actorName,
        Instant recordedAt,
        LocalDate effectiveDate,
        Instant storedAt,
        String topic,
        int partition,
        long offset,
        byte[] json,
        DomainEvent event,
        String traceparent) {
}
