package nl.voortgang.reporting.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import nl.voortgang.contracts.ProgrammeTime;
import nl.voortgang.reporting.history.ProgrammeStateQuery;
import nl.voortgang.reporting.web.QueryTime;

/**
 * The moment a page shows: the programme on a date as known at an instant, read from the URL so a
 * view can be shared. Only today as known now is live; any other moment is history, where live
 * changes would mislead. A value that cannot be read falls back to the default and says so.
 */
record ViewedMoment(LocalDate date, Instant knownAt, String dateParameter, String knownAtParameter, String problem) {

    static ViewedMoment from(String date, String knownAt, QueryTime time) {
        StringBuilder problems = new StringBuilder();
        LocalDate parsedDate = null;
        Instant parsedKnownAt = null;
        if (date != null && !date.isBlank()) {
            try {
                parsedDate = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                problems.append("De datum '").append(date).append("' is geen datum zoals 2024-03-18; vandaag wordt getoond. ");
            }
        }
        if (knownAt != null && !knownAt.isBlank()) {
            try {
                parsedKnownAt = instant(knownAt.strip());
            } catch (DateTimeParseException e) {
                problems.append("Het moment '").append(knownAt).append("' is geen tijdstip zoals 2024-03-18T17:00; nu wordt getoond.");
            }
        }
        return new ViewedMoment(time.dateOrToday(parsedDate), time.knownAtOrNow(parsedKnownAt),
                parsedDate == null ? null : parsedDate.toString(),
                parsedKnownAt == null ? null : LocalDateTime.ofInstant(parsedKnownAt, ProgrammeTime.ZONE).toString(),
                problems.isEmpty() ? null : problems.toString().strip());
    }

    private static Instant instant(String value) {
        if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return OffsetDateTime.parse(value).toInstant();
        }
        return LocalDateTime.parse(value).atZone(ProgrammeTime.ZONE).toInstant();
    }

    ProgrammeStateQuery query() {
        return new ProgrammeStateQuery(date, knownAt);
    }

    boolean live(QueryTime time) {
        return knownAtParameter == null && date.equals(time.dateOrToday(null));
    }

    boolean today(QueryTime time) {
        return date.equals(time.dateOrToday(null));
    }

    /** "?date=...&knownAt=..." for links that keep the moment, or "" for today as known now. */
    String queryString() {
        StringBuilder query = new StringBuilder();
        if (dateParameter != null) {
            query.append("date=").append(dateParameter);
        }
        if (knownAtParameter != null) {
            query.append(query.isEmpty() ? "" : "&").append("knownAt=")
                    .append(URLEncoder.encode(knownAtParameter, StandardCharsets.UTF_8));
        }
        return query.isEmpty() ? "" : "?" + query;
    }
}
