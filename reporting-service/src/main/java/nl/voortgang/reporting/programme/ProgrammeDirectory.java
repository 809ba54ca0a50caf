package nl.voortgang.reporting.programme;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The programmes by code, as configured; an unknown programme has its code as title and no action-line titles. */
@Component
@EnableConfigurationProperties(ProgrammeSettings.class)
public class ProgrammeDirectory {

    private final Map<String, ProgrammeSettings.Programme> programmes;
    private final Map<String, Map<Integer, String>> actionLines = new HashMap<>();

    ProgrammeDirectory(ProgrammeSettings settings) {
        this.programmes = settings.programmes() == null ? Map.of() : Map.copyOf(settings.programmes());
        programmes.forEach((code, programme) -> actionLines.put(code, titles(programme)));
    }

    public String title(String programme) {
        ProgrammeSettings.Programme known = programmes.get(programme);
        return known == null || known.title() == null ? programme : known.title();
    }

    /** The action lines by number with their titles, in order. */
    public Map<Integer, String> actionLines(String programme) {
        return actionLines.getOrDefault(programme, Map.of());
    }

    public List<LocalDate> reportDates(String programme) {
        ProgrammeSettings.Programme known = programmes.get(programme);
        return known == null || known.reportDates() == null ? List.of() : List.copyOf(known.reportDates());
    }

    private static Map<Integer, String> titles(ProgrammeSettings.Programme programme) {
        Map<Integer, String> titles = new TreeMap<>();
        if (programme.actionLines() == null) {
            return titles;
        }
        try (Reader reader = new InputStreamReader(programme.actionLines().getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                titles.put(Integer.parseInt(row.get("actionLine").strip()), row.get("title").strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the action lines from " + programme.actionLines(), e);
        }
        return java.util.Collections.unmodifiableMap(titles);
    }
}
