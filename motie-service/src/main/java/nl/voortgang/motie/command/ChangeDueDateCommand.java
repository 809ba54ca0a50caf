package nl.voortgang.motie.command;

import java.time.LocalDate;
import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.contracts.motie.FollowUpKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ChangeDueDateCommand(
        @TargetAggregateIdentifier String itemId,
        FollowUpKind kind,
        @TargetAggregateVersion Long expectedVersion,
        String dueText,
        LocalDate dueDate,
        String explanation,
        DatedChange change) implements FollowUpChange {
}
