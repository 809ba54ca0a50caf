package nl.voortgang.motie.command;

import java.time.LocalDate;
import java.util.List;
import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.contracts.motie.FollowUpStatus;

public record RegisterToezeggingCommand(
        String toezeggingId,
        String programme,
        String occasion,
        LocalDate occasionDate,
        String text,
        List<String> responsible,
        String dueText,
        LocalDate dueDate,
        FollowUpStatus status,
        DatedChange change) {
}
