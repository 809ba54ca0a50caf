package nl.voortgang.activity.command;

import java.util.List;
import nl.voortgang.command.domain.DatedChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ChangeActivityResponsibleCommand(
        @TargetAggregateIdentifier String activityId,
        @TargetAggregateVersion Long expectedVersion,
        List<String> responsible,
        String explanation,
        DatedChange change) implements ActivityChange {
}
