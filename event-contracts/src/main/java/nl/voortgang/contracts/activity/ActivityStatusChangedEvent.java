package nl.voortgang.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.DomainEvent;

public record ActivityStatusChangedEvent(
        String activityId,
        ActivityStatus previousStatus,
        ActivityStatus status,
        String explanation,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
