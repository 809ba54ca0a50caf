package nl.voortgang.activity.command;

import nl.voortgang.command.domain.DatedChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CorrectActivityDetailsCommand(
        @TargetAggregateIdentifier String activityId,
        @TargetAggregateVersion Long expectedVersion,
        String title,
        String description,
        String explanation,
        DatedChange change) implements ActivityChange {
}
