package nl.voortgang.contracts.motie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.List;
import nl.voortgang.contracts.PublishedEvent;

@PublishedEvent(name = "MotieRegistered", revision = 1)
public record MotieRegisteredEvent(
        String motieId,
        String programme,
        List<String> submitters,
        LocalDate adoptedDate,
        Kamerstuk kamerstuk,
        String text,
        boolean textLost,
        List<String> responsible,
        String dueText,
        LocalDate dueDate,
        FollowUpStatus status,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements FollowUpEvent {

    @Override
    public String aggregateId() {
        return motieId;
    }

    @Override
    public FollowUpKind kind() {
        return FollowUpKind.MOTIE;
    }
}
