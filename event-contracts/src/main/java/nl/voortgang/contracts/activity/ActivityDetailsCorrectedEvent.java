package nl.voortgang.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

/** Title and/or description corrected; the previous values are kept for the audit trail. */
@PublishedEvent(name = "ActivityDetailsCorrected", revision = 1)
public record ActivityDetailsCorrectedEvent(
        String activityId,
        String previousTitle,
        String title,
        String previousDescription,
        String description,
        String explanation,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements ActivityEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
