package nl.voortgang.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

@PublishedEvent(name = "ActivityCompleted", revision = 1)
public record ActivityCompletedEvent(
        String activityId,
        ActivityStatus previousStatus,
        String explanation,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements ActivityEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }

    public ActivityStatus status() {
        return ActivityStatus.COMPLETED;
    }
}
