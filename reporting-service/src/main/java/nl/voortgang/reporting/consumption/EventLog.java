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
 *
 * <p>Live batches take their positions one transaction at a time, so positions become visible in
 * the order they were taken. Without that, two consumers (two instances, or concurrency above 1)
 * can commit 501..1000 before 1..500, and a reader that resumes after the highest position it has
 * seen, like the live stream, would skip 1..500 for good.
 */
@Repository
class EventLog {

    /** The advisory lock that orders the live batches' positions; any constant, the same on every instance. */
    private static final long POSITION_ORDER_LOCK = 0x766f6f7274L;

    private final JdbcClient jdbc;

    EventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for earlier live batches to commit; held until this transaction ends. */
    void takePositionsInCommitOrder() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", POSITION_ORDER_LOCK).query().listOfRows();
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
