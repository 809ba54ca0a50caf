package nl.voortgang.reporting.consumption;

import java.util.List;

/**
 * A read model fed by consumed events. It is called once per batch, inside the transaction that
 * records the batch in the event log, with the events that were new (each event id once), in the
 * order they were recorded.
 */
public interface Projection {

    void apply(List<RecordedEvent> events);
}
