package nl.voortgang.motie.command;

import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.contracts.motie.FollowUpKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RecordProgressCommand(
        @TargetAggregateIdentifier String itemId,
        FollowUpKind kind,
        @TargetAggregateVersion Long expectedVersion,
        FollowUpStatus status,
        String text,
        boolean reopen,
        DatedChange change) implements FollowUpChange {
}
