package nl.voortgang.contracts.motie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.contracts.PublishedEvent;

/** Responsibility moves, e.g. after a cabinet change. */
@PublishedEvent(name = "FollowUpResponsibilityReassigned", revision = 1)
public record FollowUpResponsibilityReassignedEvent(
        String itemId,
        FollowUpKind kind,
        List<String> previousResponsible,
        List<String> responsible,
        String explanation,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements FollowUpEvent {

    @Override
    public String aggregateId() {
        return itemId;
    }
}
