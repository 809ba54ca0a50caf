package nl.voortgang.activity.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CorrectActivityDetailsCommand(
        @TargetAggregateIdentifier String activityId,
        @TargetAggregateVersion Long expectedVersion,
        String title,
        String description,
        String explanation,
        Recording recording) implements ActivityChange {
}
