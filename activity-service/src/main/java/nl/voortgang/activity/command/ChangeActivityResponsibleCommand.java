package nl.voortgang.activity.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ChangeActivityResponsibleCommand(
        @TargetAggregateIdentifier String activityId,
        @TargetAggregateVersion Long expectedVersion,
        List<String> responsible,
        String explanation,
        Recording recording) implements ActivityChange {
}
