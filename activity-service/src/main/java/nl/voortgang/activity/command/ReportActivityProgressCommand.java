package nl.voortgang.activity.command;

import java.math.BigDecimal;
import java.util.Map;
import nl.voortgang.command.domain.DatedChange;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ReportActivityProgressCommand(
        @TargetAggregateIdentifier String activityId,
        @TargetAggregateVersion Long expectedVersion,
        String period,
        String text,
        Map<String, BigDecimal> figures,
        DatedChange change) implements ActivityChange {
}
