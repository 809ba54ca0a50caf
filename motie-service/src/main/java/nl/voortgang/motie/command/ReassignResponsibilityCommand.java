package nl.voortgang.motie.command;

import java.util.List;
import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.contracts.motie.FollowUpKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ReassignResponsibilityCommand(
        @TargetAggregateIdentifier String itemId,
        FollowUpKind kind,
        @TargetAggregateVersion Long expectedVersion,
        List<String> responsible,
        String explanation,
        DatedChange change) implements FollowUpChange {
}
