package nl.voortgang.reporting.consumption;

/** An event as the event log holds it: applied once, at this monotonic position. */
public record RecordedEvent(long position, IncomingEvent incoming) {
}
