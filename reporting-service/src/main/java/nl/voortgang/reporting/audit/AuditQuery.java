package nl.voortgang.reporting.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which audit entries to show. The period is either on the recorded time ([recordedFrom,
 * recordedTo)) or on the effective date ([effectiveFrom, effectiveTo], both inclusive); null is open.
 */
record AuditQuery(String entityId, String actor, String responsible, String eventType, Instant recordedFrom,
        Instant recordedTo, LocalDate effectiveFrom, LocalDate effectiveTo, int page, int size) {
}
