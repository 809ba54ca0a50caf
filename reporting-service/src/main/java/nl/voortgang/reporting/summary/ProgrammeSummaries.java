package nl.voortgang.reporting.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.reporting.history.ProgrammeStateQuery;

import org.springframework.stereotype.Service;

/**
 * The counts per status on a date as known at an instant. One place assembles them, so the JSON
 * summary and the dashboard's tables and charts show the same numbers.
 */
@Service
public class ProgrammeSummaries {

    public record Cell(String group, String status, String statusLabel, long count) {
    }

    public record Counts(List<Cell> perStatus, List<Cell> perActionLineAndStatus, List<Cell> perResponsibleAndStatus) {
    }

    public record Overdue(String entityType, String id, String text, List<String> responsible, String dueText,
            LocalDate dueDate, String status) {
    }

    public record Summary(LocalDate date, Instant knownAt, Counts activities, Counts moties, Counts toezeggingen,
            List<Overdue> overdue) {
    }

    private final SummaryRepository summary;

    ProgrammeSummaries(SummaryRepository summary) {
        this.summary = summary;
    }

    public Summary on(ProgrammeStateQuery query) {
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
