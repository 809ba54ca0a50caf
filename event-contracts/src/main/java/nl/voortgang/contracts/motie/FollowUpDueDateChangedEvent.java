package nl.voortgang.contracts.motie;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

@PublishedEvent(name = "FollowUpDueDateChanged", revision = 1)
public record FollowUpDueDateChangedEvent(
        String itemId,
        FollowUpKind kind,
        String previousDueText,
        LocalDate previousDueDate,
        String dueText,
        LocalDate dueDate,
        String explanation,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements FollowUpEvent {

    @Override
    public String aggregateId() {
        return itemId;
    }
}
