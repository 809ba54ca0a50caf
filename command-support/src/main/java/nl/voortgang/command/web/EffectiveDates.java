package nl.voortgang.command.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.voortgang.command.domain.InvalidValueException;

/** When a change holds in the real world: today unless given, back-dated allowed, never in the future. */
public final class EffectiveDates {

    public static final ZoneId PROGRAMME_ZONE = ZoneId.of("Europe/Amsterdam");

    private EffectiveDates() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(PROGRAMME_ZONE));
    }

    public static LocalDate resolve(LocalDate requested, Clock clock) {
        LocalDate today = today(clock);
        if (requested == null) {
            return today;
        }
        if (requested.isAfter(today)) {
            throw new InvalidValueException("effectiveDate", "effectiveDate " + requested
                    + " is in the future; record a change on or after the day it happens (today is " + today + ").");
        }
        return requested;
    }
}
