package nl.voortgang.motie.deadline;

import nl.voortgang.contracts.motie.FollowUpDueDateChangedEvent;
import nl.voortgang.contracts.motie.FollowUpFulfilledEvent;
import nl.voortgang.contracts.motie.FollowUpKind;
import nl.voortgang.contracts.motie.FollowUpOverdueEvent;
import nl.voortgang.contracts.motie.FollowUpProgressRecordedEvent;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.contracts.motie.MotieRegisteredEvent;
import nl.voortgang.contracts.motie.ToezeggingRegisteredEvent;
import nl.voortgang.motie.directory.FollowUpDirectory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the deadline table in step with the events, in the same transaction that stores them (a
 * subscribing processor): a due date schedules, a new due date reschedules, fulfilment cancels and
 * a reopening stand van zaken restores.
 */
@Component
@ProcessingGroup(FollowUpDirectory.PROCESSING_GROUP)
class DeadlineBookkeeping {

    private final DeadlineTable deadlines;

    DeadlineBookkeeping(DeadlineTable deadlines) {
        this.deadlines = deadlines;
    }

    @EventHandler
    void on(MotieRegisteredEvent event) {
        if (event.dueDate() != null && event.status() != FollowUpStatus.FULFILLED) {
            deadlines.schedule(event.motieId(), FollowUpKind.MOTIE, event.dueDate());
        }
    }

    @EventHandler
    void on(ToezeggingRegisteredEvent event) {
        if (event.dueDate() != null && event.status() != FollowUpStatus.FULFILLED) {
            deadlines.schedule(event.toezeggingId(), FollowUpKind.TOEZEGGING, event.dueDate());
        }
    }

    @EventHandler
    void on(FollowUpDueDateChangedEvent event) {
        if (event.dueDate() == null) {
            deadlines.cancel(event.itemId());
        } else {
            deadlines.schedule(event.itemId(), event.kind(), event.dueDate());
        }
    }

    @EventHandler
    void on(FollowUpFulfilledEvent event) {
        deadlines.fulfilled(event.itemId(), true);
    }

    @EventHandler
    void on(FollowUpProgressRecordedEvent event) {
        if (event.previousStatus() == FollowUpStatus.FULFILLED) {
            deadlines.fulfilled(event.itemId(), false);
        }
    }

    @EventHandler
    void on(FollowUpOverdueEvent event) {
        deadlines.fired(event.itemId(), event.dueDate());
    }
}
