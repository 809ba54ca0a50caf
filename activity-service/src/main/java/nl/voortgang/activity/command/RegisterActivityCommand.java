package nl.voortgang.activity.command;

import java.util.List;
import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.Planning;

public record RegisterActivityCommand(
        String activityId,
        String programme,
        int actionLine,
        String code,
        String title,
        String description,
        Planning planning,
        Planning originalPlanning,
        List<String> responsible,
        ActivityStatus status,
        String explanation,
        DatedChange change) {
}
