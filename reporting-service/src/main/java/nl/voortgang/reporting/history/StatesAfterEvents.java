package nl.voortgang.reporting.history;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.voortgang.contracts.DomainEvent;
import nl.voortgang.contracts.activity.ActivityEvent;
import nl.voortgang.contracts.motie.FollowUpEvent;
import nl.voortgang.reporting.consumption.RecordedEvent;
import org.springframework.stereotype.Component;

/**
 * The state each event of a batch leaves its entity in, on the event's effective date: folded the
 * way the history is, from the events known at that event's position, so a back-dated correction
 * shows the state it made on its own date rather than whatever arrived last.
 */
@Component
public class StatesAfterEvents {

    private final HistoryStore store;

    StatesAfterEvents(HistoryStore store) {
        this.store = store;
    }

    /** The state after each event, by position; the events must be in the event log already. */
    public Map<Long, StateAfterEvent> of(List<RecordedEvent> events) {
        long upTo = events.stream().mapToLong(RecordedEvent::position).max().orElse(0);
        Map<String, List<Timeline.Event>> logged = store.loggedEvents(events.stream()
                .map(e -> e.incoming().aggregateId()).collect(Collectors.toSet()), upTo);
        Map<Long, StateAfterEvent> states = new HashMap<>();
        for (RecordedEvent event : events) {
            List<Timeline.Event> knownThen = logged.getOrDefault(event.incoming().aggregateId(), List.of()).stream()
                    .filter(e -> e.position() <= event.position()).toList();
            EntityState state = stateOn(Timeline.fold(knownThen), event.incoming().effectiveDate());
            states.put(event.position(), StateAfterEvent.of(typeOf(event.incoming().event()), state));
        }
        return states;
    }

    /** The state on the date; a change dated before the registration shows the state it joined at registration. */
    private static EntityState stateOn(List<Timeline.Interval> timeline, LocalDate date) {
        if (!timeline.isEmpty() && date.isBefore(timeline.getFirst().validFrom())) {
            return timeline.getFirst().state();
        }
        return timeline.stream()
                .filter(i -> !i.validFrom().isAfter(date) && (i.validTo() == null || i.validTo().isAfter(date)))
                .map(Timeline.Interval::state).findFirst().orElse(null);
    }

    private static EntityType typeOf(DomainEvent event) {
        if (event instanceof FollowUpEvent followUp) {
            return EntityType.valueOf(followUp.kind().name());
        }
        if (event instanceof ActivityEvent) {
            return EntityType.ACTIVITY;
        }
        throw new IllegalArgumentException(event.getClass().getName() + " belongs to no event family");
    }
}
