package nl.voortgang.reporting.consumption;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applied events, each once: recording an event id that was seen before records nothing. */
@Repository
class EventLog {

    private final JdbcClient jdbc;

    EventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> recordIfNew(IncomingEvent e) {
        return jdbc.sql("""
                        INSERT INTO event_log (event_id, aggregate_type, aggregate_id, sequence_number, event_type,
                            event_revision, actor, recorded_at, effective_date, stored_at, topic, kafka_partition,
                            kafka_offset, payload)
                        VALUES (:eventId, :aggregateType, :aggregateId, :sequenceNumber, :eventType, :eventRevision,
                            :actor, :recordedAt, :effectiveDate, :storedAt, :topic, :partition, :offset, CAST(:payload AS jsonb))
                        ON CONFLICT (event_id) DO NOTHING
                        RETURNING position""")
                .param("eventId", e.eventId())
                .param("aggregateType", e.aggregateType())
                .param("aggregateId", e.aggregateId())
                .param("sequenceNumber", e.sequenceNumber())
                .param("eventType", e.eventType())
                .param("eventRevision", e.eventRevision())
                .param("actor", e.actor())
                .param("recordedAt", Timestamp.from(e.recordedAt()))
                .param("effectiveDate", e.effectiveDate())
                .param("storedAt", e.storedAt() == null ? null : Timestamp.from(e.storedAt()))
                .param("topic", e.topic())
                .param("partition", e.partition())
                .param("offset", e.offset())
                .param("payload", new String(e.json(), StandardCharsets.UTF_8))
                .query(Long.class)
                .optional();
    }
}
