package nl.voortgang.contracts.motie;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.PublishedEvent;

@PublishedEvent(name = "FollowUpTextCorrected", revision = 1)
public record FollowUpTextCorrectedEvent(
        String itemId,
        FollowUpKind kind,
        String previousText,
        String text,
        String explanation,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements FollowUpEvent {

    @Override
    public String aggregateId() {
        return itemId;
    }
}
