package nl.voortgang.activity.command;

import java.util.List;
import nl.voortgang.contracts.activity.ActivityAbortedEvent;
import nl.voortgang.contracts.activity.ActivityCompletedEvent;
import nl.voortgang.contracts.activity.ActivityDelayedEvent;
import nl.voortgang.contracts.activity.ActivityDetailsCorrectedEvent;
import nl.voortgang.contracts.activity.ActivityEvent;
import nl.voortgang.contracts.activity.ActivityProgressReportedEvent;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityReopenedEvent;
import nl.voortgang.contracts.activity.ActivityResponsibleChangedEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.ActivityStatusChangedEvent;
import nl.voortgang.contracts.activity.Planning;

/** What an activity looks like on one date: the values the rules are checked against. */
record ActivityState(String title, String description, ActivityStatus status, Planning planning,
                     Planning originalPlanning, List<String> responsible) {

    static ActivityState registeredBy(ActivityRegisteredEvent event) {
        return new ActivityState(event.title(), event.description(), event.status(), event.planning(),
                event.originalPlanning(), event.responsible());
    }

    ActivityState after(ActivityEvent change) {
        return switch (change) {
            case ActivityStatusChangedEvent e -> withStatus(e.status());
            case ActivityCompletedEvent e -> withStatus(e.status());
            case ActivityAbortedEvent e -> withStatus(e.status());
            case ActivityReopenedEvent e -> withStatus(e.status());
            case ActivityDelayedEvent e -> new ActivityState(title, description, e.status(), e.newPlanning(),
                    e.originalPlanning(), responsible);
            case ActivityResponsibleChangedEvent e -> new ActivityState(title, description, status, planning,
                    originalPlanning, e.responsible());
            case ActivityDetailsCorrectedEvent e -> new ActivityState(e.title(), e.description(), status, planning,
                    originalPlanning, responsible);
            case ActivityRegisteredEvent e -> registeredBy(e);
            case ActivityProgressReportedEvent e -> this;
        };
    }

    /** The planning as it was before the first delay: kept by every later delay. */
    Planning planningBeforeFirstDelay() {
        return originalPlanning != null ? originalPlanning : planning;
    }

    private ActivityState withStatus(ActivityStatus newStatus) {
        return new ActivityState(title, description, newStatus, planning, originalPlanning, responsible);
    }
}
