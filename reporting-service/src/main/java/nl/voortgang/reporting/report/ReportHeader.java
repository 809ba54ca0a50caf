package nl.voortgang.reporting.report;

import java.util.List;
import nl.voortgang.reporting.programme.ProgrammeDirectory;

/** The lines under every annex's title: which programme, which date, as known when, how much. */
final class ReportHeader {

    private ReportHeader() {
    }

    static List<String> about(ProgrammeDirectory programmes, ReportQuery query, String extent) {
        return List.of(programmes.title(query.programme()),
                "Stand op " + DutchText.date(query.date()) + ", zoals bekend op " + DutchText.moment(query.knownAt()),
                extent);
    }
}
