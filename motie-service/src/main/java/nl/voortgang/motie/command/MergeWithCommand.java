package nl.voortgang.motie.command;

import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.contracts.motie.FollowUpKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record MergeWithCommand(
        @TargetAggregateIdentifier String itemId,
        FollowUpKind kind,
        @TargetAggregateVersion Long expectedVersion,
        String mergedWithId,
        FollowUpKind mergedWithKind,
        String explanation,
        DatedChange change) implements FollowUpChange {
}
