package nl.voortgang.motie.command;

import java.time.LocalDate;
import java.util.List;
import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.contracts.motie.Kamerstuk;

public record RegisterMotieCommand(
        String motieId,
        String programme,
        List<String> submitters,
        LocalDate adoptedDate,
        Kamerstuk kamerstuk,
        String text,
        List<String> responsible,
        String dueText,
        LocalDate dueDate,
        FollowUpStatus status,
        DatedChange change) {
}
