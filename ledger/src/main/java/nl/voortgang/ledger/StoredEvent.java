package nl.voortgang.ledger;

/**
 * One row of an event store (Axon's domain_event_entry) exactly as stored: the hash chain covers
 * these bytes, so an edit through SQL shows, whatever the application would make of it.
 */
public record StoredEvent(long globalIndex, String eventId, String aggregateId, long sequenceNumber, String type,
        String revision, String timestamp, byte[] payload, byte[] metadata) {
}
