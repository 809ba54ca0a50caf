package nl.voortgang.reporting.history;

import nl.voortgang.contracts.DomainEvent;
import nl.voortgang.contracts.activity.ActivityAbortedEvent;
import nl.voortgang.contracts.activity.ActivityCompletedEvent;
import nl.voortgang.contracts.activity.ActivityDelayedEvent;
import nl.voortgang.contracts.activity.ActivityDetailsCorrectedEvent;
import nl.voortgang.contracts.activity.ActivityEvent;
import nl.voortgang.contracts.activity.ActivityProgressReportedEvent;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityReopenedEvent;
import nl.voortgang.contracts.activity.ActivityResponsibleChangedEvent;
import nl.voortgang.contracts.activity.ActivityStatusChangedEvent;
import nl.voortgang.contracts.motie.FollowUpDueDateChangedEvent;
import nl.voortgang.contracts.motie.FollowUpEvent;
import nl.voortgang.contracts.motie.FollowUpFulfilledEvent;
import nl.voortgang.contracts.motie.FollowUpLinkedToActivityEvent;
import nl.voortgang.contracts.motie.FollowUpMergedEvent;
import nl.voortgang.contracts.motie.FollowUpOverdueEvent;
import nl.voortgang.contracts.motie.FollowUpProgressRecordedEvent;
import nl.voortgang.contracts.motie.FollowUpResponsibilityReassignedEvent;
import nl.voortgang.contracts.motie.FollowUpTextCorrectedEvent;
import nl.voortgang.contracts.motie.FollowUpUnlinkedFromActivityEvent;
import nl.voortgang.contracts.motie.MotieRegisteredEvent;
import nl.voortgang.contracts.motie.ToezeggingRegisteredEvent;

/**
 * What one event does to an entity's state. Each family is folded by an exhaustive switch over
 * its sealed interface, so a new event does not compile until this fold says what it does.
 */
final class StateFold {

    private StateFold() {
    }

    static boolean registers(DomainEvent event) {
        return event instanceof ActivityRegisteredEvent || event instanceof MotieRegisteredEvent
                || event instanceof ToezeggingRegisteredEvent;
    }

    static EntityState apply(EntityState state, DomainEvent event) {
        if (event instanceof ActivityEvent activityEvent) {
            return activity((ActivityState) state, activityEvent);
        }
        if (event instanceof FollowUpEvent followUpEvent) {
            return followUp((FollowUpState) state, followUpEvent);
        }
        throw new IllegalArgumentException(event.getClass().getName() + " belongs to no event family this fold knows");
    }

    private static ActivityState activity(ActivityState state, ActivityEvent event) {
        return switch (event) {
            case ActivityRegisteredEvent e -> ActivityState.registered(e);
            case ActivityStatusChangedEvent e -> state.withStatus(e.status(), e.explanation());
            case ActivityDelayedEvent e -> state.delayed(e.newPlanning(), e.originalPlanning(), e.reason());
            case ActivityCompletedEvent e -> state.withStatus(e.status(), e.explanation());
            case ActivityAbortedEvent e -> state.withStatus(e.status(), e.reason());
            case ActivityReopenedEvent e -> state.withStatus(e.status(), e.explanation());
            case ActivityProgressReportedEvent e -> state.reported(e);
            case ActivityResponsibleChangedEvent e -> state.withResponsible(e.responsible());
            case ActivityDetailsCorrectedEvent e -> state.withDetails(e.title(), e.description());
        };
    }

    private static FollowUpState followUp(FollowUpState state, FollowUpEvent event) {
        return switch (event) {
            case MotieRegisteredEvent e -> FollowUpState.registered(e);
            case ToezeggingRegisteredEvent e -> FollowUpState.registered(e);
            case FollowUpProgressRecordedEvent e -> state.withProgress(e.status(), e.text());
            case FollowUpFulfilledEvent e -> state.fulfilled(e.document(), e.explanation());
            case FollowUpLinkedToActivityEvent e -> state.linked(e.activityId(), true);
            case FollowUpUnlinkedFromActivityEvent e -> state.linked(e.activityId(), false);
            case FollowUpResponsibilityReassignedEvent e -> state.withResponsible(e.responsible());
            case FollowUpMergedEvent e -> state.mergedWith(e.mergedWithId());
            case FollowUpTextCorrectedEvent e -> state.withText(e.text());
            case FollowUpDueDateChangedEvent e -> state.due(e.dueText(), e.dueDate());
            case FollowUpOverdueEvent e -> state;
        };
    }
}
