package nl.voortgang.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

/** The planning moved later; originalPlanning is the planning before the first delay. */
@PublishedEvent(name = "ActivityDelayed", revision = 1)
public record ActivityDelayedEvent(
        String activityId,
        ActivityStatus previousStatus,
        Planning previousPlanning,
        Planning newPlanning,
        Planning originalPlanning,
        String reason,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements ActivityEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }

    public ActivityStatus status() {
        return ActivityStatus.DELAYED;
    }
}
