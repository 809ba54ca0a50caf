package nl.voortgang.activity.command;

import nl.voortgang.command.domain.DatedChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AbortActivityCommand(
        @TargetAggregateIdentifier String activityId,
        @TargetAggregateVersion Long expectedVersion,
        String reason,
        DatedChange change) implements ActivityChange {
}
