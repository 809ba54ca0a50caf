package nl.voortgang.contracts.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.contracts.DomainEvent;

public record ActivityResponsibleChangedEvent(
        String activityId,
        List<String> previousResponsible,
        List<String> responsible,
        String explanation,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
