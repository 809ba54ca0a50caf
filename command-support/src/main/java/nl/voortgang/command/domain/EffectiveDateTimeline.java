package nl.voortgang.command.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nl.voortgang.contracts.DomainEvent;

/**
 * An aggregate's changes in the order they hold in the real world: by effective date, and by recording order within
 * one date. People record changes late, so a back-dated change lands between earlier ones; the state on a date folds
 * every change effective on or before it, and a command is judged against the state on its own effective date
 * (docs/adr/0007-activity-changes-on-an-effective-date-timeline.md). The fold is the aggregate's, so each aggregate
 * keeps only the state its rules need.
 *
 * @param <E> the aggregate's event family
 * @param <S> the state the aggregate's rules are checked against
 */
public final class EffectiveDateTimeline<E extends DomainEvent, S> {

    private final BiFunction<S, E, S> fold;
    private final List<E> changes = new ArrayList<>();
    private S registered;
    private LocalDate registeredOn;

    public EffectiveDateTimeline(BiFunction<S, E, S> fold) {
        this.fold = fold;
    }

    public void register(S state, LocalDate effectiveDate) {
        registered = state;
        registeredOn = effectiveDate;
    }

    public void record(E change) {
        int position = changes.size();
        while (position > 0 && changes.get(position - 1).effectiveDate().isAfter(change.effectiveDate())) {
            position--;
        }
        changes.add(position, change);
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    /** The state a change effective on this date is judged against; a date before the registration is refused. */
    public S stateForChangeOn(LocalDate effectiveDate) {
        if (effectiveDate.isBefore(registeredOn)) {
            throw new InvalidValueException("effectiveDate", new CommonRules.BeforeRegistration(effectiveDate, registeredOn));
        }
        return on(effectiveDate);
    }

    public S on(LocalDate date) {
        S state = registered;
        for (E change : changes) {
            if (change.effectiveDate().isAfter(date)) {
                break;
            }
            state = fold.apply(state, change);
        }
        return state;
    }

    public S current() {
        return changes.isEmpty() ? registered : on(changes.getLast().effectiveDate());
    }
}
