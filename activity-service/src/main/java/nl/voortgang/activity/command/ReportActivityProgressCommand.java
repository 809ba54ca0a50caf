package nl.voortgang.activity.command;

import java.math.BigDecimal;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ReportActivityProgressCommand(
        @TargetAggregateIdentifier String activityId,
        @TargetAggregateVersion Long expectedVersion,
        String period,
        String text,
        Map<String, BigDecimal> figures,
        Recording recording) implements ActivityChange {
}
