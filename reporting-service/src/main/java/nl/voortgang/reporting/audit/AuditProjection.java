package nl.voortgang.reporting.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.voortgang.contracts.EventCatalogue;
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
            Map<String, Object> payload = Changes.payload(event.json());
            List<String> owners = owners(payload, responsible.getOrDefault(event.aggregateId(), List.of()));
            if (payload.get("responsible") instanceof List<?> now) {
                responsible.put(event.aggregateId(), now.stream().map(Object::toString).toList());
            }
            String[] after = responsible.getOrDefault(event.aggregateId(), List.of()).toArray(String[]::new);
            rows.add(new Object[] {recorded.position(), event.eventId(), entityType(event, payload), event.aggregateId(),
                    event.sequenceNumber(), event.eventType(), event.actor(), Timestamp.from(event.recordedAt()),
                    event.effectiveDate(), owners.toArray(String[]::new), after, Changes.explanation(payload),
                    Changes.JSON.writeValueAsString(Changes.of(event.eventType(), payload))});
        }
        template.batchUpdate("""
                INSERT INTO audit_entry (position, event_id, entity_type, entity_id, sequence_number, event_type, actor,
                    recorded_at, effective_date, responsible, responsible_after, explanation, changes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""", rows, 500, (ps, row) -> {
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

    private static List<String> owners(Map<String, Object> payload, List<String> before) {
        Set<String> owners = new LinkedHashSet<>();
        if (payload.get("previousResponsible") instanceof List<?> previous) {
            previous.forEach(p -> owners.add(p.toString()));
        } else if (!(payload.get("responsible") instanceof List<?>)) {
            owners.addAll(before);
        }
        if (payload.get("responsible") instanceof List<?> now) {
            now.forEach(p -> owners.add(p.toString()));
        }
        return List.copyOf(owners);
    }

    private static String entityType(IncomingEvent event, Map<String, Object> payload) {
        if (EventCatalogue.ACTIVITY.equals(event.aggregateType())) {
            return "ACTIVITY";
        }
        if (payload.get("kind") != null) {
            return payload.get("kind").toString();
        }
        return event.eventType().startsWith("Motie") ? "MOTIE" : "TOEZEGGING";
    }
}
