package nl.voortgang.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.contracts.PublishedEvent;

@PublishedEvent(name = "ActivityRegistered", revision = 1)
public record ActivityRegisteredEvent(
        String activityId,
        String programme,
        int actionLine,
        String code,
        String title,
        String description,
        Planning planning,
        Planning originalPlanning,
        List<String> responsible,
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
