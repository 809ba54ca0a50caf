package nl.voortgang.motie.command;

import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.contracts.motie.FollowUpKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UnlinkFromActivityCommand(
        @TargetAggregateIdentifier String itemId,
        FollowUpKind kind,
        @TargetAggregateVersion Long expectedVersion,
        String activityId,
        String explanation,
        DatedChange change) implements FollowUpChange {
}
