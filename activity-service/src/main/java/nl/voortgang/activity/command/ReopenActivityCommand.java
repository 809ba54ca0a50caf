package nl.voortgang.activity.command;

import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.contracts.activity.ActivityStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ReopenActivityCommand(
        @TargetAggregateIdentifier String activityId,
        @TargetAggregateVersion Long expectedVersion,
        ActivityStatus status,
        String explanation,
        DatedChange change) implements ActivityChange {
}
