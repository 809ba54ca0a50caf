package nl.voortgang.contracts.motie;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

/** A dated "stand van zaken" with the status it leaves the motie or toezegging in. */
@PublishedEvent(name = "FollowUpProgressRecorded", revision = 1)
public record FollowUpProgressRecordedEvent(
        String itemId,
        FollowUpKind kind,
        FollowUpStatus previousStatus,
        FollowUpStatus status,
        String text,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements FollowUpEvent {

    @Override
    public String aggregateId() {
        return itemId;
    }
}
