package nl.voortgang.reporting.audit;

import nl.voortgang.contracts.FieldChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The audit trail in the order events were applied; every filter is served by an index of audit_entry. */
@Repository
class AuditRepository {

    private static final String WHERE = """
             WHERE (CAST(:entityId AS varchar) IS NULL OR entity_id = :entityId)
              AND (CAST(:actor AS varchar) IS NULL OR actor = :actor)
              AND (CAST(:responsible AS text) IS NULL OR responsible @> ARRAY[CAST(:responsible AS text)])
              AND (CAST(:eventType AS varchar) IS NULL OR event_type = :eventType)
              AND (CAST(:recordedFrom AS timestamptz) IS NULL OR recorded_at >= :recordedFrom)
              AND (CAST(:recordedTo AS timestamptz) IS NULL OR recorded_at < :recordedTo)
              AND (CAST(:effectiveFrom AS date) IS NULL OR effective_date >= :effectiveFrom)
              AND (CAST(:effectiveTo AS date) IS NULL OR effective_date <= :effectiveTo)""";

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(AuditQuery query) {
        return bind(jdbc.sql("SELECT count(*) FROM audit_entry " + WHERE), query).query(Long.class).single();
    }

    List<AuditEntry> page(AuditQuery query) {
        return bind(jdbc.sql("SELECT * FROM audit_entry " + WHERE + " ORDER BY position LIMIT :size OFFSET :offset"), query)
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, n) -> entry(rs)).list();
    }

    void each(AuditQuery query, Consumer<AuditEntry> consumer) {
        try (Stream<AuditEntry> entries = bind(jdbc.sql("SELECT * FROM audit_entry " + WHERE + " ORDER BY position"), query)
                .query((rs, n) -> entry(rs)).stream()) {
            entries.forEach(consumer);
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AuditQuery query) {
        return spec.param("entityId", query.entityId())
                .param("actor", query.actor())
                .param("responsible", query.responsible())
                .param("eventType", query.eventType())
                .param("recordedFrom", timestamp(query.recordedFrom()))
                .param("recordedTo", timestamp(query.recordedTo()))
                .param("effectiveFrom", query.effectiveFrom())
                .param("effectiveTo", query.effectiveTo());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("position"), rs.getString("event_id"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getLong("sequence_number"), rs.getString("event_type"),
                rs.getString("actor"), rs.getString("actor_name"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("effective_date", LocalDate.class),
                List.of((String[]) rs.getArray("responsible").getArray()), rs.getString("explanation"),
                AuditJson.JSON.readValue(rs.getString("changes"), new TypeReference<List<FieldChange>>() {
                }));
    }
}
