package nl.voortgang.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Every event that crosses Kafka says which entity it is about, who caused it, when it was
 * recorded (transaction time) and from which date it holds in the real world (effective time).
 */
public interface DomainEvent {

    String aggregateId();

    String actor();

    Instant recordedAt();

    LocalDate effectiveDate();

    /** The fields this event changes, with their values before and after, for the audit trail. */
    default List<FieldChange> changes() {
        return RecordChanges.of(this);
    }

    /** The explanation or reason the event gives, if any. */
    default Optional<String> givenExplanation() {
        return RecordChanges.explanation(this);
    }
}
