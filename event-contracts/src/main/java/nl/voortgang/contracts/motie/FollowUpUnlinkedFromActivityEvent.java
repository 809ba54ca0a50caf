package nl.voortgang.contracts.motie;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

@PublishedEvent(name = "FollowUpUnlinkedFromActivity", revision = 1)
public record FollowUpUnlinkedFromActivityEvent(
        String itemId,
        FollowUpKind kind,
        String activityId,
        String explanation,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements FollowUpEvent {

    @Override
    public String aggregateId() {
        return itemId;
    }
}
