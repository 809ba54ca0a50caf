package nl.voortgang.reporting.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.ProgrammeTime;
import org.springframework.stereotype.Component;

/** "Now" for the defaults of date and knownAt, from the injected clock, in the programme's calendar. */
@Component
public class QueryTime {

    private final Clock clock;

    QueryTime(Clock clock) {
        this.clock = clock;
    }

    public LocalDate dateOrToday(LocalDate date) {
        return date == null ? ProgrammeTime.today(clock) : date;
    }

    public Instant knownAtOrNow(Instant knownAt) {
        return knownAt == null ? clock.instant() : knownAt;
    }
}
