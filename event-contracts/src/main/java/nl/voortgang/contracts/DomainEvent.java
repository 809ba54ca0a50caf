package nl.voortgang.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Every event that crosses Kafka says which entity it is about, who caused it, when it was
 * recorded (transaction time) and from which date it holds in the real world (effective time).
 */
public interface DomainEvent {

    String aggregateId();

    String actor();

    Instant recordedAt();

    LocalDate effectiveDate();
}
