package nl.voortgang.contracts.motie;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

/** Fulfilled ("Hiermee is invulling gegeven") by a document, e.g. "Kamerstukken II 2024/25, 28345, nr. 281". */
@PublishedEvent(name = "FollowUpFulfilled", revision = 1)
public record FollowUpFulfilledEvent(
        String itemId,
        FollowUpKind kind,
        FollowUpStatus previousStatus,
        String document,
        String explanation,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements FollowUpEvent {

    @Override
    public String aggregateId() {
        return itemId;
    }

    public FollowUpStatus status() {
        return FollowUpStatus.FULFILLED;
    }
}
