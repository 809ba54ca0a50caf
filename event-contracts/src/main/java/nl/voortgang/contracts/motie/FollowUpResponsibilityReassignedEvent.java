package nl.voortgang.contracts.motie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.contracts.DomainEvent;

/** Responsibility moves, e.g. after a cabinet change. */
public record FollowUpResponsibilityReassignedEvent(
        String itemId,
        FollowUpKind kind,
        List<String> previousResponsible,
        List<String> responsible,
        String explanation,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String aggregateId() {
        return itemId;
    }
}
