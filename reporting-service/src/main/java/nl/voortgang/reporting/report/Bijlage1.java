package nl.voortgang.reporting.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.voortgang.contracts.activity.Planning;
import nl.voortgang.reporting.history.ActivityState;
import nl.voortgang.reporting.programme.ProgrammeDirectory;
import org.springframework.stereotype.Component;

/**
 * Annex 1 of the progress report: per action line, every activity with its status, planning
 * (and the original planning where it slipped), who is responsible and the toelichting with the
 * latest progress update and its figures (by name, so the order never depends on storage), as the
 * programme stood on the date as known then.
 */
@Component
class Bijlage1 {

    private static final List<ReportDocument.Column> COLUMNS = List.of(
            new ReportDocument.Column("Nr.", 6), new ReportDocument.Column("Activiteit", 22),
            new ReportDocument.Column("Status", 12), new ReportDocument.Column("Wanneer", 11),
            new ReportDocument.Column("Wie", 9), new ReportDocument.Column("Toelichting", 40));

    private final ReportRepository repository;
    private final ProgrammeDirectory programmes;

    Bijlage1(ReportRepository repository, ProgrammeDirectory programmes) {
        this.repository = repository;
        this.programmes = programmes;
    }

    ReportDocument report(ReportQuery query) {
        Map<Integer, List<List<ReportDocument.Cell>>> rowsByLine = new LinkedHashMap<>();
        programmes.actionLines(query.programme()).keySet().forEach(line -> rowsByLine.put(line, new ArrayList<>()));
        List<ActivityState> activities = repository.activities(query);
        for (ActivityState activity : activities) {
            rowsByLine.computeIfAbsent(activity.actionLine(), line -> new ArrayList<>()).add(row(activity));
        }
        List<ReportDocument.Section> sections = new ArrayList<>();
        Map<Integer, String> titles = programmes.actionLines(query.programme());
        rowsByLine.forEach((line, rows) -> sections.add(new ReportDocument.Section(
                "Actielijn " + line + (titles.containsKey(line) ? ": " + titles.get(line) : ""), COLUMNS, rows)));
        return new ReportDocument(query.programme() + "-bijlage1-" + query.date(),
                "Bijlage 1: voortgang van de activiteiten", ReportHeader.about(programmes, query,
                        DutchText.count(activities.size(), "activiteit", "activiteiten")), StatusMarks.ACTIVITY_LEGEND, sections, List.of());
    }

    private static List<ReportDocument.Cell> row(ActivityState activity) {
        return List.of(ReportDocument.Cell.of(activity.code()), ReportDocument.Cell.of(activity.title()),
                ReportDocument.Cell.status(StatusMarks.of(activity.activityStatus()), null),
                ReportDocument.Cell.of(planning(activity)), ReportDocument.Cell.of(DutchText.list(activity.responsible())),
                ReportDocument.Cell.of(toelichting(activity)));
    }

    private static String planning(ActivityState activity) {
        Planning original = activity.originalPlanning();
        if (original == null || Objects.equals(original.text(), activity.planning().text())) {
            return activity.planning().text();
        }
        return activity.planning().text() + "\n\nOorspronkelijke planning: " + original.text();
    }

    private static String toelichting(ActivityState activity) {
        List<String> paragraphs = new ArrayList<>();
        ActivityState.Progress progress = activity.progress();
        boolean progressIsTheExplanation = progress != null && Objects.equals(progress.text(), activity.explanation());
        if (activity.explanation() != null && !activity.explanation().isBlank() && !progressIsTheExplanation) {
            paragraphs.add(activity.explanation());
        }
        if (progress != null) {
            String period = progress.period() == null || progress.period().isBlank() ? "" : " (" + progress.period() + ")";
            paragraphs.add("Voortgang" + period + ", " + DutchText.date(progress.effectiveDate()) + ": " + progress.text());
            List<String> figures = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> figure : new TreeMap<>(progress.figures()).entrySet()) {
                figures.add(figure.getKey() + ": " + DutchText.number(figure.getValue()));
            }
            if (!figures.isEmpty()) {
                paragraphs.add("Bereik: " + String.join("; ", figures));
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
