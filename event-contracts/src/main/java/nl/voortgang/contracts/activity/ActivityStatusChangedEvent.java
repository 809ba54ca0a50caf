package nl.voortgang.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

@PublishedEvent(name = "ActivityStatusChanged", revision = 1)
public record ActivityStatusChangedEvent(
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
