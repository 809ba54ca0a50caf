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

    private static final List<ReportDate> REPORTS = List.of(
            report("Eerste voortgangsrapportage", LocalDate.of(2024, 3, 18)),
            report("Tweede voortgangsrapportage", LocalDate.of(2025, 3, 31)));

    static Page of(ViewedMoment moment, QueryTime time) {
        return new Page(moment, moment.live(time), moment.queryString(), DATE.format(moment.date()),
                moment.knownAtParameter() == null ? null : DATE_TIME.format(moment.knownAt()), REPORTS);
    }

    private static ReportDate report(String name, LocalDate date) {
        return new ReportDate(name, date, DATE.format(date));
    }
}
