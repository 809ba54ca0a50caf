package nl.voortgang.activity.command;

import nl.voortgang.command.domain.DatedChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CompleteActivityCommand(
        @TargetAggregateIdentifier String activityId,
        @TargetAggregateVersion Long expectedVersion,
        String explanation,
        DatedChange change) implements ActivityChange {
}
