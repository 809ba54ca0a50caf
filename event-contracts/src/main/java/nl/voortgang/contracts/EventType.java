package nl.voortgang.contracts;

/** The logical, stable name of an event on the wire and its schema revision. */
public record EventType(String name, int revision, String aggregateType, Class<? extends DomainEvent> javaType) {
}
