package nl.voortgang.contracts.motie;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.DomainEvent;

/** A dated "stand van zaken" with the status it leaves the motie or toezegging in. */
public record FollowUpProgressRecordedEvent(
        String itemId,
        FollowUpKind kind,
        FollowUpStatus previousStatus,
        FollowUpStatus status,
        String text,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String aggregateId() {
        return itemId;
    }
}
