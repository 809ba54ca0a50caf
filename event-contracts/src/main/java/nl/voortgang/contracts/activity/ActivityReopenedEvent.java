package nl.voortgang.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.DomainEvent;

/** A completed or aborted activity is taken up again, with the status it continues in. */
public record ActivityReopenedEvent(
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
