package nl.voortgang.reporting.consumption;

/**
 * A read model fed by consumed events. It is called inside the transaction that records the
 * event in the event log, once per event id, with the event's position in that log.
 */
public interface Projection {

    void apply(IncomingEvent event, long position);
}
