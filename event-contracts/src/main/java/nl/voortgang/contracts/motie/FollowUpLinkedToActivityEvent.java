package nl.voortgang.contracts.motie;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

@PublishedEvent(name = "FollowUpLinkedToActivity", revision = 1)
public record FollowUpLinkedToActivityEvent(
        String itemId,
        FollowUpKind kind,
        String activityId,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements FollowUpEvent {

    @Override
    public String aggregateId() {
        return itemId;
    }
}
