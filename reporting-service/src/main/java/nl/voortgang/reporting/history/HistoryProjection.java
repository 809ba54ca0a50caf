package nl.voortgang.reporting.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.voortgang.reporting.consumption.Projection;
import nl.voortgang.reporting.consumption.RecordedEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps the bitemporal history. For every new event, the entity's timeline is folded again from
 * the events known at that moment; rows whose content changed are closed at the event's recorded
 * time and the new rows are recorded from it. Rows that did not change stay as they were, so
 * "as known at K" stays reproducible after any later back-dated correction. Only the intervals that end on or
 * after the earliest effective date among the batch's events of an entity are compared: the fold orders events by
 * effective date, so an event dated D leaves every interval that ends before D as it was (a change dated before the
 * registration joins at the registration, after which every interval ends).
 */
@Component
class HistoryProjection implements Projection {

    private final HistoryStore store;

    HistoryProjection(HistoryStore store) {
        this.store = store;
    }

    @Override
    public void apply(List<RecordedEvent> events) {
        Map<String, List<RecordedEvent>> byEntity = new LinkedHashMap<>();
        Map<String, LocalDate> changedFrom = new LinkedHashMap<>();
        long upTo = 0;
        for (RecordedEvent event : events) {
            String entityId = event.incoming().aggregateId();
            byEntity.computeIfAbsent(entityId, id -> new ArrayList<>()).add(event);
            changedFrom.merge(entityId, event.incoming().effectiveDate(), (a, b) -> a.isBefore(b) ? a : b);
            upTo = Math.max(upTo, event.position());
        }
        Map<String, List<Timeline.Event>> logged = store.loggedEvents(byEntity.keySet(), upTo);
        Map<String, List<HistoryStore.StoredInterval>> stored = store.currentKnowledge(changedFrom);
        Revision revision = new Revision();
        byEntity.forEach((entityId, entityEvents) -> {
            List<Timeline.Event> known = logged.getOrDefault(entityId, List.of());
            List<HistoryStore.StoredInterval> open = stored.getOrDefault(entityId, List.of());
            LocalDate from = changedFrom.get(entityId);
            for (RecordedEvent event : entityEvents) {
                List<Timeline.Event> knownThen = known.stream().filter(e -> e.position() <= event.position()).toList();
                List<Timeline.Interval> timeline = Timeline.fold(knownThen).stream()
                        .filter(interval -> HistoryStore.endsOnOrAfter(interval, from)).toList();
                open = revision.revise(open, timeline, event.incoming().recordedAt());
            }
        });
        store.close(revision.closed.stream().filter(row -> !row.neverKnown()).toList());
        store.delete(revision.closed.stream().filter(HistoryStore.StoredInterval::neverKnown).toList());
        store.insert(revision.added.stream().filter(row -> !row.neverKnown()).toList());
    }

    /** The rows one batch closes and adds, collected over every event of the batch before they are written. */
    private static final class Revision {

        private final List<HistoryStore.StoredInterval> closed = new ArrayList<>();
        private final List<HistoryStore.StoredInterval> added = new ArrayList<>();

        /** Closes the open rows the new timeline no longer holds, adds its new intervals, and returns the open rows. */
        List<HistoryStore.StoredInterval> revise(List<HistoryStore.StoredInterval> open, List<Timeline.Interval> timeline,
                Instant recordedAt) {
            Set<Timeline.Interval> current = new HashSet<>(timeline);
            Set<Timeline.Interval> kept = new HashSet<>();
            List<HistoryStore.StoredInterval> stillOpen = new ArrayList<>();
            for (HistoryStore.StoredInterval row : open) {
                if (current.contains(row.interval())) {
                    stillOpen.add(row);
                    kept.add(row.interval());
                } else if (row.rowId() != null) {
                    closed.add(row.closedAt(recordedAt));
                } else {
                    added.set(added.indexOf(row), row.closedAt(recordedAt));
                }
            }
            for (Timeline.Interval interval : timeline) {
                if (kept.add(interval)) {
                    HistoryStore.StoredInterval row = new HistoryStore.StoredInterval(null, interval, recordedAt, null);
                    added.add(row);
                    stillOpen.add(row);
                }
            }
            return stillOpen;
        }
    }
}
