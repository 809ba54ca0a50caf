package nl.voortgang.reporting.summary;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.reporting.history.ProgrammeStateQuery;
import nl.voortgang.reporting.web.QueryTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SummaryController {

    private final ProgrammeSummaries summaries;
    private final QueryTime time;

    SummaryController(ProgrammeSummaries summaries, QueryTime time) {
        this.summaries = summaries;
        this.time = time;
    }

    @GetMapping("/api/programme/summary")
    ProgrammeSummaries.Summary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Instant knownAt) {
        return summaries.on(new ProgrammeStateQuery(time.dateOrToday(date), time.knownAtOrNow(knownAt)));
    }
}
