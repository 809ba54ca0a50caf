package nl.voortgang.activity.command;

import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.contracts.activity.Planning;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DelayActivityCommand(
        @TargetAggregateIdentifier String activityId,
        @TargetAggregateVersion Long expectedVersion,
        Planning newPlanning,
        String reason,
        DatedChange change) implements ActivityChange {
}
