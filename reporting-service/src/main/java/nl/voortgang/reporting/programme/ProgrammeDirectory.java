package nl.voortgang.reporting.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The programmes by code, as configured; an unknown programme has its code as title and no action-line titles. */
@Component
@EnableConfigurationProperties(ProgrammeSettings.class)
public class ProgrammeDirectory {

    private final Map<String, ProgrammeSettings.Programme> programmes;

    ProgrammeDirectory(ProgrammeSettings settings) {
        this.programmes = settings.programmes() == null ? Map.of() : Map.copyOf(settings.programmes());
    }

    public String title(String programme) {
        ProgrammeSettings.Programme known = programmes.get(programme);
        return known == null || known.title() == null ? programme : known.title();
    }

    /** The action lines by number with their titles, in order. */
    public Map<Integer, String> actionLines(String programme) {
        ProgrammeSettings.Programme known = programmes.get(programme);
        return known == null || known.actionLines() == null ? Map.of() : new TreeMap<>(known.actionLines());
    }

    public List<LocalDate> reportDates(String programme) {
        ProgrammeSettings.Programme known = programmes.get(programme);
        return known == null || known.reportDates() == null ? List.of() : List.copyOf(known.reportDates());
    }
}
