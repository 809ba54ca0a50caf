package nl.voortgang.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.DomainEvent;

/** The planning moved later; originalPlanning is the planning before the first delay. */
public record ActivityDelayedEvent(
        String activityId,
        ActivityStatus previousStatus,
        Planning previousPlanning,
        Planning newPlanning,
        Planning originalPlanning,
        String reason,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }

    public ActivityStatus status() {
        return ActivityStatus.DELAYED;
    }
}
