package nl.voortgang.contracts.activity;

import nl.voortgang.contracts.DomainEvent;

/**
 * Every event about activities. Sealed, so that every fold that switches over it without a
 * {@code default} branch fails to compile until it handles a new event.
 */
public sealed interface ActivityEvent extends DomainEvent permits
        ActivityAbortedEvent,
        ActivityCompletedEvent,
        ActivityDelayedEvent,
        ActivityDetailsCorrectedEvent,
        ActivityProgressReportedEvent,
        ActivityRegisteredEvent,
        ActivityReopenedEvent,
        ActivityResponsibleChangedEvent,
        ActivityStatusChangedEvent {
}
