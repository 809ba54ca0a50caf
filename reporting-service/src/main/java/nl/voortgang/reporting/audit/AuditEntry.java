package nl.voortgang.reporting.audit;

import nl.voortgang.contracts.FieldChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record AuditEntry(long position, String eventId, String entityType, String entityId, long version, String eventType,
        String actor, String actorName, Instant recordedAt, LocalDate effectiveDate, List<String> responsible,
        String explanation,
        List<FieldChange> changes) {
}
