package nl.voortgang.reporting.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** "Now" for the defaults of date and knownAt, in the programme's time zone: the only reading of the clock. */
@Component
public class QueryTime {

    public static final ZoneId PROGRAMME_ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock = Clock.system(PROGRAMME_ZONE);

    public LocalDate dateOrToday(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }

    public Instant knownAtOrNow(Instant knownAt) {
        return knownAt == null ? clock.instant() : knownAt;
    }
}
