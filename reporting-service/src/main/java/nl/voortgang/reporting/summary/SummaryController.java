package nl.voortgang.reporting.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.reporting.history.ProgrammeStateQuery;
import nl.voortgang.reporting.web.QueryTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SummaryController {

    record Cell(String group, String status, String statusLabel, long count) {
    }

    record Counts(List<Cell> perStatus, List<Cell> perActionLineAndStatus, List<Cell> perResponsibleAndStatus) {
    }

    record Summary(LocalDate date, Instant knownAt, Counts activities, Counts moties, Counts toezeggingen,
            List<SummaryRepository.Overdue> overdue) {
    }

    private final SummaryRepository summary;
    private final QueryTime time;

    SummaryController(SummaryRepository summary, QueryTime time) {
        this.summary = summary;
        this.time = time;
    }

    @GetMapping("/api/programme/summary")
    Summary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Instant knownAt) {
        ProgrammeStateQuery query = new ProgrammeStateQuery(time.dateOrToday(date), time.knownAtOrNow(knownAt));
        List<SummaryRepository.Count> perStatus = summary.perStatus(query);
        List<SummaryRepository.Count> perActionLine = summary.perActionLineAndStatus(query);
        List<SummaryRepository.Count> perResponsible = summary.perResponsibleAndStatus(query);
        return new Summary(query.date(), query.knownAt(),
                counts("ACTIVITY", perStatus, perActionLine, perResponsible),
                counts("MOTIE", perStatus, List.of(), perResponsible),
                counts("TOEZEGGING", perStatus, List.of(), perResponsible),
                summary.overdue(query));
    }

    private static Counts counts(String type, List<SummaryRepository.Count> perStatus,
            List<SummaryRepository.Count> perActionLine, List<SummaryRepository.Count> perResponsible) {
        return new Counts(cells(type, perStatus), cells(type, perActionLine), cells(type, perResponsible));
    }

    private static List<Cell> cells(String type, List<SummaryRepository.Count> counts) {
        return counts.stream().filter(c -> c.entityType().equals(type))
                .map(c -> new Cell(c.group(), c.status(), StatusLabels.of(type, c.status()), c.count())).toList();
    }
}
