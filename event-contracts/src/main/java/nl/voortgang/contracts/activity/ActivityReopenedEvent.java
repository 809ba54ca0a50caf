package nl.voortgang.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

/** A completed or aborted activity is taken up again, with the status it continues in. */
@PublishedEvent(name = "ActivityReopened", revision = 1)
public record ActivityReopenedEvent(
        String activityId,
        ActivityStatus previousStatus,
        ActivityStatus status,
        String explanation,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements ActivityEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
