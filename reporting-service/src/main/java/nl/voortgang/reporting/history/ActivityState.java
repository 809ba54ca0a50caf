package nl.voortgang.reporting.history;

import java.util.List;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.Planning;

record ActivityState(
        String id,
        String programme,
        int actionLine,
        String code,
        String title,
        String description,
        Planning planning,
        Planning originalPlanning,
        List<String> responsible,
        ActivityStatus activityStatus,
        String explanation,
        int slips,
        long version) implements EntityState {

    static ActivityState registered(ActivityRegisteredEvent e) {
        return new ActivityState(e.activityId(), e.programme(), e.actionLine(), e.code(), e.title(), e.description(),
                e.planning(), e.originalPlanning(), List.copyOf(e.responsible()), e.status(), e.explanation(), 0, 0);
    }

    @Override
    public EntityType type() {
        return EntityType.ACTIVITY;
    }

    @Override
    public String status() {
        return activityStatus.name();
    }

    ActivityState withStatus(ActivityStatus status, String newExplanation) {
        return new ActivityState(id, programme, actionLine, code, title, description, planning, originalPlanning,
                responsible, status, newExplanation == null ? explanation : newExplanation, slips, version);
    }

    ActivityState delayed(Planning newPlanning, Planning original, String reason) {
        return new ActivityState(id, programme, actionLine, code, title, description, newPlanning,
                originalPlanning == null ? original : originalPlanning, responsible, ActivityStatus.DELAYED,
                reason == null ? explanation : reason, slips + 1, version);
    }

    ActivityState withResponsible(List<String> newResponsible) {
        return new ActivityState(id, programme, actionLine, code, title, description, planning, originalPlanning,
                List.copyOf(newResponsible), activityStatus, explanation, slips, version);
    }

    ActivityState withDetails(String newTitle, String newDescription) {
        return new ActivityState(id, programme, actionLine, code, newTitle, newDescription, planning, originalPlanning,
                responsible, activityStatus, explanation, slips, version);
    }

    ActivityState withExplanation(String newExplanation) {
        return withStatus(activityStatus, newExplanation);
    }

    @Override
    public ActivityState withVersion(long newVersion) {
        return new ActivityState(id, programme, actionLine, code, title, description, planning, originalPlanning,
                responsible, activityStatus, explanation, slips, newVersion);
    }
}
