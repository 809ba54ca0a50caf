package nl.voortgang.contracts.motie;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

/** Handled together with another item ("wordt geïntegreerd met bovenstaande motie opgepakt"); not a delete. */
@PublishedEvent(name = "FollowUpMerged", revision = 1)
public record FollowUpMergedEvent(
        String itemId,
        FollowUpKind kind,
        String mergedWithId,
        FollowUpKind mergedWithKind,
        String explanation,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements FollowUpEvent {

    @Override
    public String aggregateId() {
        return itemId;
    }
}
