package nl.voortgang.reporting.live;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.voortgang.contracts.DomainEvent;
import nl.voortgang.contracts.FieldChange;
import nl.voortgang.reporting.consumption.IncomingEvent;
import nl.voortgang.reporting.consumption.Projection;
import nl.voortgang.reporting.consumption.RecordedEvent;
import nl.voortgang.reporting.history.StateAfterEvent;
import nl.voortgang.reporting.history.StatesAfterEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One live_change row per applied event, with the entity's state after it, so the stream reads a
 * change in one row by position and needs no fold while a client waits. Then it signals the
 * instances: the signal fires on commit, when the rows are there to read.
 */
@Component
class LiveChangeProjection implements Projection {

    private final StatesAfterEvents states;
    private final JdbcTemplate template;
    private final ChangeSignal signal;

    LiveChangeProjection(StatesAfterEvents states, JdbcTemplate template, ChangeSignal signal) {
        this.states = states;
        this.template = template;
        this.signal = signal;
    }

    @Override
    public void apply(List<RecordedEvent> events) {
        Map<Long, StateAfterEvent> after = states.of(events);
        List<Object[]> rows = new ArrayList<>(events.size());
        for (RecordedEvent recorded : events) {
            IncomingEvent incoming = recorded.incoming();
            DomainEvent event = incoming.event();
            StateAfterEvent state = after.get(recorded.position());
            rows.add(new Object[] {recorded.position(), state.entityType().name(), incoming.aggregateId(), state.code(),
                    state.title(), state.actionLine(), state.responsible().toArray(String[]::new),
                    concerned(state, event.changes()).toArray(String[]::new), incoming.eventType(), incoming.actor(), incoming.actorName(),
                    Timestamp.from(incoming.recordedAt()), incoming.effectiveDate(),
                    event.givenExplanation().orElse(null), LiveJson.JSON.writeValueAsString(event.changes()),
                    state.status(), state.statusLabel(), incoming.sequenceNumber(), incoming.traceparent()});
        }
        template.batchUpdate("""
                INSERT INTO live_change (position, entity_type, entity_id, code, title, action_line, responsible, concerned,
                    event_type, actor, actor_name, recorded_at, effective_date, explanation, changes, status, status_label, version,
                    traceparent)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)""", rows, 500, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                Object value = row[i] instanceof String[] array ? ps.getConnection().createArrayOf("text", array) : row[i];
                ps.setObject(i + 1, value);
            }
        });
        signal.changedInCurrentSchema();
    }

    /** The parties a change matters to: the responsible ones after it, and the ones it took responsibility from. */
    private static Set<String> concerned(StateAfterEvent state, List<FieldChange> changes) {
        Set<String> concerned = new LinkedHashSet<>(state.responsible());
        changes.stream().filter(c -> c.field().equals("responsible"))
                .forEach(c -> concerned.addAll(names(c.before())));
        return concerned;
    }

    private static List<String> names(Object parties) {
        return parties instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of();
    }
}
