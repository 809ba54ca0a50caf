package nl.voortgang.activity.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.contracts.activity.ActivityEvent;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;

/**
 * An activity's changes in the order they hold in the real world: by effective date, and by
 * recording order within one date. A back-dated change lands between earlier ones; the state on
 * a date folds every change effective on or before it, so the current state is the one with the
 * latest effective date and the history keeps every change.
 */
final class ActivityTimeline {

    private final List<ActivityEvent> changes = new ArrayList<>();
    private ActivityState registered;
    private LocalDate registeredOn;

    void register(ActivityRegisteredEvent event) {
        registered = ActivityState.registeredBy(event);
        registeredOn = event.effectiveDate();
    }

    void record(ActivityEvent change) {
        int position = changes.size();
        while (position > 0 && changes.get(position - 1).effectiveDate().isAfter(change.effectiveDate())) {
            position--;
        }
        changes.add(position, change);
    }

    LocalDate registeredOn() {
        return registeredOn;
    }

    ActivityState on(LocalDate date) {
        ActivityState state = registered;
        for (ActivityEvent change : changes) {
            if (change.effectiveDate().isAfter(date)) {
                break;
            }
            state = state.after(change);
        }
        return state;
    }

    ActivityState current() {
        return changes.isEmpty() ? registered : on(changes.getLast().effectiveDate());
    }
}
