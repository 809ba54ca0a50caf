package nl.voortgang.contracts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The programme's calendar. Effective dates and due dates in events are days in this zone: a
 * change recorded at 00:30 in Amsterdam on 1 March holds from 1 March, although it is still
 * 28 February in UTC.
 */
public final class ProgrammeTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private ProgrammeTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
