package nl.voortgang.reporting.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * What the reports and the dashboard know of each programme beyond its events: its full name,
 * the titles of its action lines (a CSV with columns actionLine,title, for the NAP the very file
 * of data/nap, which the build puts on the classpath) and the dates of its progress reports. No event carries these
 * yet; when programmes become entities of their own, this is the one place that reads them.
 */
@ConfigurationProperties("voortgang")
public record ProgrammeSettings(Map<String, Programme> programmes) {

    public record Programme(String title, Resource actionLines, List<LocalDate> reportDates) {
    }
}
