package nl.voortgang.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.DomainEvent;

public record ActivityAbortedEvent(
        String activityId,
        ActivityStatus previousStatus,
        String reason,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }

    public ActivityStatus status() {
        return ActivityStatus.ABORTED;
    }
}
