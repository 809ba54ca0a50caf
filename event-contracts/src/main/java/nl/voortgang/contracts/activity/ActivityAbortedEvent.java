package nl.voortgang.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

@PublishedEvent(name = "ActivityAborted", revision = 1)
public record ActivityAbortedEvent(
        String activityId,
        ActivityStatus previousStatus,
        String reason,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements ActivityEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }

    public ActivityStatus status() {
        return ActivityStatus.ABORTED;
    }
}
