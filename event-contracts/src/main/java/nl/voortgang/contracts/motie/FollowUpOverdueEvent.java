package nl.voortgang.contracts.motie;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

/** The due date passed while the item was not fulfilled; emitted by a persisted deadline. */
@PublishedEvent(name = "FollowUpOverdue", revision = 1)
public record FollowUpOverdueEvent(
        String itemId,
        FollowUpKind kind,
        LocalDate dueDate,
        FollowUpStatus status,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements FollowUpEvent {

    @Override
    public String aggregateId() {
        return itemId;
    }
}
