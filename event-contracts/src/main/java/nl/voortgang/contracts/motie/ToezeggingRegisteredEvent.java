package nl.voortgang.contracts.motie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.List;
import nl.voortgang.contracts.PublishedEvent;

/** A commitment made in a debate or letter (the occasion); dueText as it was said ("na de zomer"). */
@PublishedEvent(name = "ToezeggingRegistered", revision = 1)
public record ToezeggingRegisteredEvent(
        String toezeggingId,
        String programme,
        String occasion,
        LocalDate occasionDate,
        String text,
        List<String> responsible,
        String dueText,
        LocalDate dueDate,
        FollowUpStatus status,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements FollowUpEvent {

    @Override
    public String aggregateId() {
        return toezeggingId;
    }

    @Override
    public FollowUpKind kind() {
        return FollowUpKind.TOEZEGGING;
    }
}
