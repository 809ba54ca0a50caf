package nl.voortgang.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.contracts.PublishedEvent;

@PublishedEvent(name = "ActivityResponsibleChanged", revision = 1)
public record ActivityResponsibleChangedEvent(
        String activityId,
        List<String> previousResponsible,
        List<String> responsible,
        String explanation,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements ActivityEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
