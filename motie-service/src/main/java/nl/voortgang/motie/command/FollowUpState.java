package nl.voortgang.motie.command;

import java.time.LocalDate;
import nl.voortgang.contracts.motie.FollowUpDueDateChangedEvent;
import nl.voortgang.contracts.motie.FollowUpEvent;
import nl.voortgang.contracts.motie.FollowUpFulfilledEvent;
import nl.voortgang.contracts.motie.FollowUpLinkedToActivityEvent;
import nl.voortgang.contracts.motie.FollowUpMergedEvent;
import nl.voortgang.contracts.motie.FollowUpOverdueEvent;
import nl.voortgang.contracts.motie.FollowUpProgressRecordedEvent;
import nl.voortgang.contracts.motie.FollowUpResponsibilityReassignedEvent;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.contracts.motie.FollowUpTextCorrectedEvent;
import nl.voortgang.contracts.motie.FollowUpUnlinkedFromActivityEvent;
import nl.voortgang.contracts.motie.MotieRegisteredEvent;
import nl.voortgang.contracts.motie.ToezeggingRegisteredEvent;

/**
 * What a motie or toezegging looks like on one date: its status, the date of the stand van zaken or fulfilment that
 * set it, and, once fulfilled, when and by which document (null when it was registered as fulfilled).
 */
record FollowUpState(FollowUpStatus status, LocalDate statusSince, LocalDate fulfilledOn, String fulfilledBy) {

    static FollowUpState registered(FollowUpStatus status, LocalDate effectiveDate) {
        return status == FollowUpStatus.FULFILLED
                ? new FollowUpState(status, effectiveDate, effectiveDate, null)
                : new FollowUpState(status, effectiveDate, null, null);
    }

    boolean fulfilled() {
        return status == FollowUpStatus.FULFILLED;
    }

    FollowUpState after(FollowUpEvent change) {
        return switch (change) {
            case FollowUpProgressRecordedEvent e -> e.status() == FollowUpStatus.FULFILLED
                    ? new FollowUpState(e.status(), e.effectiveDate(), fulfilledOn, fulfilledBy)
                    : new FollowUpState(e.status(), e.effectiveDate(), null, null);
            case FollowUpFulfilledEvent e -> new FollowUpState(FollowUpStatus.FULFILLED, e.effectiveDate(), e.effectiveDate(),
                    e.document());
            case MotieRegisteredEvent e -> registered(e.status(), e.effectiveDate());
            case ToezeggingRegisteredEvent e -> registered(e.status(), e.effectiveDate());
            case FollowUpDueDateChangedEvent e -> this;
            case FollowUpLinkedToActivityEvent e -> this;
            case FollowUpUnlinkedFromActivityEvent e -> this;
            case FollowUpMergedEvent e -> this;
            case FollowUpOverdueEvent e -> this;
            case FollowUpResponsibilityReassignedEvent e -> this;
            case FollowUpTextCorrectedEvent e -> this;
        };
    }
}
