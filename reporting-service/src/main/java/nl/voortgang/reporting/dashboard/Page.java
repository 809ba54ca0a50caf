package nl.voortgang.reporting.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.voortgang.contracts.ProgrammeTime;
import nl.voortgang.reporting.web.QueryTime;

/**
 * What every dashboard page shows around its content: the viewed moment in Dutch words, whether it
 * is live, and the progress reports' dates one click away.
 */
record Page(ViewedMoment moment, boolean live, String query, String dateText, String knownAtText,
        List<ReportDate> reports) {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DUTCH)
            .withZone(ProgrammeTime.ZONE);

    /** A progress report sent to parliament; the second date is the NAP data's estimate (see data/nap/README.md). */
    record ReportDate(String name, LocalDate date, String dateText) {
    }

    private static final List<String> ORDINALS = List.of("Eerste", "Tweede", "Derde", "Vierde", "Vijfde");

    static Page of(ViewedMoment moment, QueryTime time, List<LocalDate> reportDates) {
        List<ReportDate> reports = new java.util.ArrayList<>();
        for (int i = 0; i < reportDates.size(); i++) {
            String ordinal = i < ORDINALS.size() ? ORDINALS.get(i) + " voortgangsrapportage" : "Voortgangsrapportage " + (i + 1);
            reports.add(report(ordinal, reportDates.get(i)));
        }
        return new Page(moment, moment.live(time), moment.queryString(), DATE.format(moment.date()),
                moment.knownAtParameter() == null ? null : DATE_TIME.format(moment.knownAt()), List.copyOf(reports));
    }

    /** The query for the report downloads: the viewed date, and the "as known on" instant when one is chosen. */
    public String reportQuery() {
        return "?date=" + moment.date() + (moment.knownAtParameter() == null ? "" : "&knownAt=" + moment.knownAt());
    }

    /** The query of the changes report from the first progress report up to the viewed date, or null before it. */
    public String changesQuery() {
        if (reports.isEmpty() || !moment.date().isAfter(reports.getFirst().date())) {
            return null;
        }
        return "?from=" + reports.getFirst().date() + "&to=" + moment.date()
                + (moment.knownAtParameter() == null ? "" : "&knownAt=" + moment.knownAt());
    }

    private static ReportDate report(String name, LocalDate date) {
        return new ReportDate(name, date, DATE.format(date));
    }
}
