package nl.voortgang.reporting.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.voortgang.contracts.activity.ActivityProgressReportedEvent;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.Planning;

/**
 * An activity on one date. {@code explanation} is the latest toelichting (a progress update
 * replaces it, as the annexes show the latest word); {@code progress} keeps the latest progress
 * update itself with its period and figures, for the report's Toelichting column. The JSON of
 * this record is what the history rows hold: fields are only ever added, and rows written before
 * a field existed read it as null.
 */
public record ActivityState(
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
        long version,
        Progress progress) implements EntityState {

    /** The latest progress update: its period ("2024"), text, figures and the day it holds from. */
    public record Progress(String period, String text, Map<String, BigDecimal> figures, LocalDate effectiveDate) {
    }

    static ActivityState registered(ActivityRegisteredEvent e) {
        return new ActivityState(e.activityId(), e.programme(), e.actionLine(), e.code(), e.title(), e.description(),
                e.planning(), e.originalPlanning(), List.copyOf(e.responsible()), e.status(), e.explanation(), 0, 0, null);
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
                responsible, status, newExplanation == null ? explanation : newExplanation, slips, version, progress);
    }

    ActivityState delayed(Planning newPlanning, Planning original, String reason) {
        return new ActivityState(id, programme, actionLine, code, title, description, newPlanning,
                originalPlanning == null ? original : originalPlanning, responsible, ActivityStatus.DELAYED,
                reason == null ? explanation : reason, slips + 1, version, progress);
    }

    ActivityState withResponsible(List<String> newResponsible) {
        return new ActivityState(id, programme, actionLine, code, title, description, planning, originalPlanning,
                List.copyOf(newResponsible), activityStatus, explanation, slips, version, progress);
    }

    ActivityState withDetails(String newTitle, String newDescription) {
        return new ActivityState(id, programme, actionLine, code, newTitle, newDescription, planning, originalPlanning,
                responsible, activityStatus, explanation, slips, version, progress);
    }

    ActivityState reported(ActivityProgressReportedEvent e) {
        Progress update = new Progress(e.period(), e.text(), e.figures() == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(e.figures())),
                e.effectiveDate());
        return new ActivityState(id, programme, actionLine, code, title, description, planning, originalPlanning,
                responsible, activityStatus, e.text() == null ? explanation : e.text(), slips, version, update);
    }

    @Override
    public ActivityState withVersion(long newVersion) {
        return new ActivityState(id, programme, actionLine, code, title, description, planning, originalPlanning,
                responsible, activityStatus, explanation, slips, newVersion, progress);
    }
}
