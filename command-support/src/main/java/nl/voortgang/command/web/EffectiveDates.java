package nl.voortgang.command.web;

import java.time.Clock;
import java.time.LocalDate;
import nl.voortgang.command.domain.InvalidValueException;
import nl.voortgang.contracts.ProgrammeTime;

/** When a change holds in the real world: today unless given, back-dated allowed, never in the future. */
public final class EffectiveDates {

    private EffectiveDates() {
    }

    public static LocalDate resolve(LocalDate requested, Clock clock) {
        LocalDate today = ProgrammeTime.today(clock);
        if (requested == null) {
            return today;
        }
        if (requested.isAfter(today)) {
            throw new InvalidValueException("effectiveDate", "effectiveDate " + requested
                    + " ligt in de toekomst; leg een wijziging vast op of na de dag waarop die gebeurt (vandaag is " + today + ").");
        }
        return requested;
    }
}
