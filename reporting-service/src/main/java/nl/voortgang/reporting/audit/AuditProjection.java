package nl.voortgang.reporting.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voortgang.contracts.DomainEvent;
import nl.voortgang.contracts.FieldChange;
import nl.voortgang.contracts.activity.ActivityEvent;
import nl.voortgang.contracts.motie.FollowUpEvent;
import nl.voortgang.reporting.consumption.IncomingEvent;
import nl.voortgang.reporting.consumption.Projection;
import nl.voortgang.reporting.consumption.RecordedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One audit entry per applied event. Each entry carries the ministries responsible for the entity
 * at that moment (both the old and the new ones when responsibility moves), so a ministry finds
 * every change to what it owns.
 */
@Component
class AuditProjection implements Projection {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditProjection(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public void apply(List<RecordedEvent> events) {
        Map<String, List<String>> responsible = lastResponsible(events.stream().map(e -> e.incoming().aggregateId())
                .collect(Collectors.toSet()));
        List<Object[]> rows = new ArrayList<>(events.size());
        for (RecordedEvent recorded : events) {
            IncomingEvent event = recorded.incoming();
            List<FieldChange> changes = event.event().changes();
            Optional<FieldChange> responsibility = changes.stream().filter(c -> c.field().equals("responsible")).findFirst();
            List<String> owners = owners(responsibility, responsible.getOrDefault(event.aggregateId(), List.of()));
            responsibility.ifPresent(change -> responsible.put(event.aggregateId(), names(change.after())));
            String[] after = responsible.getOrDefault(event.aggregateId(), List.of()).toArray(String[]::new);
            rows.add(new Object[] {recorded.position(), event.eventId(), entityType(event.event()), event.aggregateId(),
                    event.sequenceNumber(), event.eventType(), event.actor(), event.actorName(), Timestamp.from(event.recordedAt()),
                    event.effectiveDate(), owners.toArray(String[]::new), after,
                    event.event().givenExplanation().orElse(null), AuditJson.JSON.writeValueAsString(changes)});
        }
        template.batchUpdate("""
                INSERT INTO audit_entry (position, event_id, entity_type, entity_id, sequence_number, event_type, actor,
                    actor_name, recorded_at, effective_date, responsible, responsible_after, explanation, changes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""", rows, 500, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                Object value = row[i] instanceof String[] array ? ps.getConnection().createArrayOf("text", array) : row[i];
                ps.setObject(i + 1, value);
            }
        });
    }

    private Map<String, List<String>> lastResponsible(Collection<String> entityIds) {
        Map<String, List<String>> responsible = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (entity_id) entity_id, responsible_after FROM audit_entry
                        WHERE entity_id = ANY(:ids) ORDER BY entity_id, position DESC""")
                .param("ids", entityIds.toArray(String[]::new))
                .query(rs -> {
                    responsible.put(rs.getString("entity_id"), List.of((String[]) rs.getArray("responsible_after").getArray()));
                });
        return responsible;
    }

    /** The ministries an entry belongs to: both the old and the new ones when responsibility moves. */
    private static List<String> owners(Optional<FieldChange> responsibility, List<String> before) {
        if (responsibility.isEmpty()) {
            return before;
        }
        Set<String> owners = new LinkedHashSet<>(names(responsibility.get().before()));
        owners.addAll(names(responsibility.get().after()));
        return List.copyOf(owners);
    }

    private static List<String> names(Object ministries) {
        return ministries instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of();
    }

    private static String entityType(DomainEvent event) {
        if (event instanceof FollowUpEvent followUp) {
            return followUp.kind().name();
        }
        if (event instanceof ActivityEvent) {
            return "ACTIVITY";
        }
        throw new IllegalArgumentException(event.getClass().getName() + " belongs to no event family");
    }
}
