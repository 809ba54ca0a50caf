package nl.voortgang.reporting.consumption;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The applied events, each once: an event id that was seen before records nothing. A batch is
 * recorded with one statement; positions follow the order of the batch.
 */
@Repository
class EventLog {

    private final JdbcClient jdbc;

    EventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the events not seen before and returns them with their positions, in batch order. */
    List<RecordedEvent> recordNew(List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, Long> positions = new HashMap<>();
        jdbc.sql("""
                        INSERT INTO event_log (event_id, aggregate_type, aggregate_id, sequence_number, event_type,
                            event_revision, actor, recorded_at, effective_date, stored_at, topic, kafka_partition,
                            kafka_offset, payload)
                        SELECT event_id, aggregate_type, aggregate_id, sequence_number, event_type, event_revision, actor,
                            recorded_at::timestamptz, effective_date::date, stored_at::timestamptz, topic, kafka_partition,
                            kafka_offset, payload::jsonb
                        FROM unnest(:eventIds::varchar[], :aggregateTypes::varchar[], :aggregateIds::varchar[],
                            :sequenceNumbers::bigint[], :eventTypes::varchar[], :eventRevisions::integer[], :actors::varchar[],
                            :recordedAts::text[], :effectiveDates::text[], :storedAts::text[], :topics::varchar[],
                            :partitions::integer[], :offsets::bigint[], :payloads::text[])
                            WITH ORDINALITY AS batch(event_id, aggregate_type, aggregate_id, sequence_number, event_type,
                                event_revision, actor, recorded_at, effective_date, stored_at, topic, kafka_partition,
                                kafka_offset, payload, batch_order)
                        ORDER BY batch_order
                        ON CONFLICT (event_id) DO NOTHING
                        RETURNING event_id, position""")
                .param("eventIds", column(events, IncomingEvent::eventId))
                .param("aggregateTypes", column(events, IncomingEvent::aggregateType))
                .param("aggregateIds", column(events, IncomingEvent::aggregateId))
                .param("sequenceNumbers", events.stream().map(IncomingEvent::sequenceNumber).toArray(Long[]::new))
                .param("eventTypes", column(events, IncomingEvent::eventType))
                .param("eventRevisions", events.stream().map(IncomingEvent::eventRevision).toArray(Integer[]::new))
                .param("actors", column(events, IncomingEvent::actor))
                .param("recordedAts", column(events, e -> e.recordedAt().toString()))
                .param("effectiveDates", column(events, e -> e.effectiveDate().toString()))
                .param("storedAts", column(events, e -> e.storedAt() == null ? null : e.storedAt().toString()))
                .param("topics", column(events, IncomingEvent::topic))
                .param("partitions", events.stream().map(IncomingEvent::partition).toArray(Integer[]::new))
                .param("offsets", events.stream().map(IncomingEvent::offset).toArray(Long[]::new))
                .param("payloads", column(events, e -> new String(e.json(), StandardCharsets.UTF_8)))
                .query((rs, n) -> positions.put(rs.getString("event_id"), rs.getLong("position")))
                .list();
        List<RecordedEvent> recorded = new ArrayList<>(positions.size());
        for (IncomingEvent event : events) {
            Long position = positions.remove(event.eventId());
            if (position != null) {
                recorded.add(new RecordedEvent(position, event));
            }
        }
        return recorded;
    }

    private static String[] column(List<IncomingEvent> events, Function<IncomingEvent, String> value) {
        return events.stream().map(value).toArray(String[]::new);
    }
}
