package nl.voortgang.reporting.dashboard;

import java.util.List;
import nl.voortgang.reporting.programme.ProgrammeDirectory;
import org.springframework.stereotype.Component;

/** The NAP as the dashboard shows it: its action lines' titles and its report dates, from the programme directory. */
@Component
class DashboardProgramme {

    static final String PROGRAMME = "NAP";

    record ActionLine(int number, String title) {
    }

    private final ProgrammeDirectory programmes;

    DashboardProgramme(ProgrammeDirectory programmes) {
        this.programmes = programmes;
    }

    String title(int number) {
        return programmes.actionLines(PROGRAMME).getOrDefault(number, "Actielijn " + number);
    }

    List<java.time.LocalDate> reportDates() {
        return programmes.reportDates(PROGRAMME);
    }

    List<ActionLine> all() {
        return programmes.actionLines(PROGRAMME).entrySet().stream()
                .map(entry -> new ActionLine(entry.getKey(), entry.getValue())).toList();
    }
}
