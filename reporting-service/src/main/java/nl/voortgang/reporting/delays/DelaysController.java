package nl.voortgang.reporting.delays;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.reporting.history.ProgrammeStateQuery;
import nl.voortgang.reporting.web.QueryTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Activities that slipped (original and current planning, number of slips) and the delayed ones per action line and ministry. */
@RestController
class DelaysController {

    record Delays(LocalDate date, Instant knownAt, List<DelaysRepository.SlippedActivity> activities,
            List<DelaysRepository.DelayedCount> delayedPerActionLine, List<DelaysRepository.DelayedCount> delayedPerResponsible) {
    }

    private final DelaysRepository delays;
    private final QueryTime time;

    DelaysController(DelaysRepository delays, QueryTime time) {
        this.delays = delays;
        this.time = time;
    }

    @GetMapping("/api/delays")
    Delays delays(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Instant knownAt) {
        ProgrammeStateQuery query = new ProgrammeStateQuery(time.dateOrToday(date), time.knownAtOrNow(knownAt));
        return new Delays(query.date(), query.knownAt(), delays.slipped(query), delays.delayedPerActionLine(query),
                delays.delayedPerResponsible(query));
    }
}
