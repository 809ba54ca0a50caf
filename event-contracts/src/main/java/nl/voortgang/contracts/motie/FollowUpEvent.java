package nl.voortgang.contracts.motie;

import nl.voortgang.contracts.DomainEvent;

/**
 * Every event about moties and toezeggingen. Sealed, so that every fold that switches over it without a
 * {@code default} branch fails to compile until it handles a new event.
 */
public sealed interface FollowUpEvent extends DomainEvent permits
        FollowUpDueDateChangedEvent,
        FollowUpFulfilledEvent,
        FollowUpLinkedToActivityEvent,
        FollowUpMergedEvent,
        FollowUpOverdueEvent,
        FollowUpProgressRecordedEvent,
        FollowUpResponsibilityReassignedEvent,
        FollowUpTextCorrectedEvent,
        FollowUpUnlinkedFromActivityEvent,
        MotieRegisteredEvent,
        ToezeggingRegisteredEvent {

    /** Whether the item is a motie or a toezegging. */
    FollowUpKind kind();
}
