package nl.voortgang.reporting.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.voortgang.contracts.DomainEvent;

/**
 * An entity's states by effective date, folded from the events known at one moment: ordered by
 * effective date, then by sequence number. Events that precede the registration (a producer that
 * broke the order, or a change dated before the registration) are parked and applied right after it.
 */
final class Timeline {

    /** An event of the entity as the event log holds it: at a position, with its sequence number. */
    record Event(long position, long sequenceNumber, DomainEvent payload) {

        LocalDate effectiveDate() {
            return payload.effectiveDate();
        }
    }

    record Interval(LocalDate validFrom, LocalDate validTo, EntityState state) {
    }

    private static final Comparator<Event> EFFECTIVE_ORDER =
            Comparator.comparing(Event::effectiveDate).thenComparingLong(Event::sequenceNumber);

    private Timeline() {
    }

    static List<Interval> fold(List<Event> known) {
        List<Event> ordered = new ArrayList<>(known);
        ordered.sort(EFFECTIVE_ORDER);
        List<Interval> intervals = new ArrayList<>();
        List<Event> parked = new ArrayList<>();
        EntityState state = null;
        long version = -1;
        for (Event event : ordered) {
            if (state == null && !StateFold.registers(event.payload())) {
                parked.add(event);
                continue;
            }
            state = StateFold.apply(state, event.payload());
            version = Math.max(version, event.sequenceNumber());
            for (Event waiting : parked) {
                state = StateFold.apply(state, waiting.payload());
                version = Math.max(version, waiting.sequenceNumber());
            }
            parked.clear();
            state = state.withVersion(version);
            int last = intervals.size() - 1;
            if (last >= 0 && intervals.get(last).validFrom().equals(event.effectiveDate())) {
                intervals.set(last, new Interval(event.effectiveDate(), null, state));
            } else {
                if (last >= 0) {
                    Interval previous = intervals.get(last);
                    intervals.set(last, new Interval(previous.validFrom(), event.effectiveDate(), previous.state()));
                }
                intervals.add(new Interval(event.effectiveDate(), null, state));
            }
        }
        return intervals;
    }
}
