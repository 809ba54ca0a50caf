package nl.voortgang.activity.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.voortgang.command.domain.InvalidValueException;
import nl.voortgang.contracts.activity.Planning;

/**
 * Reads a planning as people write it in the progress reports and turns it into a period,
 * keeping the text as written. "Vanaf" gives an open end; " en " joins periods into the span
 * from the first start to the last end.
 */
public final class PlanningParser {

    public static final String ACCEPTED_FORMS =
            "\"Q3 2024\", \"Q2-Q4 2023\", \"Q3 2022-Q3 2024\", \"2023-2025\", \"2024\", \"Vanaf 2023\", \"Vanaf Q2 2023\", \"Q1 2023 en Q1 2024\"";

    private static final String POINT = "(?:Q([1-4])\\s*)?(\\d{4})";
    private static final Pattern QUARTERS_IN_YEAR = Pattern.compile("Q([1-4])\\s*-\\s*Q([1-4])\\s+(\\d{4})");
    private static final Pattern RANGE = Pattern.compile(POINT + "(?:\\s*-\\s*" + POINT + ")?");
    private static final Pattern FROM = Pattern.compile("vanaf\\s+" + POINT, Pattern.CASE_INSENSITIVE);

    private PlanningParser() {
    }

    public static Planning parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, field + " is verplicht; geldige vormen zijn " + ACCEPTED_FORMS + ".");
        }
        String normalised = text.strip().replaceAll("\\s+", " ");
        String lower = normalised.toLowerCase(Locale.ROOT);
        Matcher from = FROM.matcher(lower);
        if (from.matches()) {
            return new Planning(normalised, start(from.group(1), from.group(2)), null);
        }
        List<LocalDate[]> periods = new ArrayList<>();
        for (String part : normalised.split("(?i)\\s+en\\s+")) {
            LocalDate[] period = period(part.strip().toUpperCase(Locale.ROOT));
            if (period == null) {
                throw unparseable(field, text);
            }
            periods.add(period);
        }
        LocalDate start = periods.stream().map(p -> p[0]).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = periods.stream().map(p -> p[1]).max(LocalDate::compareTo).orElseThrow();
        if (end.isBefore(start)) {
            throw new InvalidValueException(field, field + " '" + text + "' eindigt voordat het begint.");
        }
        return new Planning(normalised, start, end);
    }

    private static LocalDate[] period(String part) {
        Matcher quarters = QUARTERS_IN_YEAR.matcher(part);
        if (quarters.matches()) {
            return new LocalDate[] {start(quarters.group(1), quarters.group(3)), end(quarters.group(2), quarters.group(3))};
        }
        Matcher range = RANGE.matcher(part);
        if (range.matches()) {
            LocalDate start = start(range.group(1), range.group(2));
            LocalDate end = range.group(4) == null ? end(range.group(1), range.group(2)) : end(range.group(3), range.group(4));
            return new LocalDate[] {start, end};
        }
        return null;
    }

    private static LocalDate start(String quarter, String year) {
        int y = Integer.parseInt(year);
        return quarter == null ? LocalDate.of(y, 1, 1) : LocalDate.of(y, (Integer.parseInt(quarter) - 1) * 3 + 1, 1);
    }

    private static LocalDate end(String quarter, String year) {
        int y = Integer.parseInt(year);
        if (quarter == null) {
            return LocalDate.of(y, 12, 31);
        }
        LocalDate firstOfLastMonth = LocalDate.of(y, Integer.parseInt(quarter) * 3, 1);
        return firstOfLastMonth.withDayOfMonth(firstOfLastMonth.lengthOfMonth());
    }

    private static InvalidValueException unparseable(String field, String text) {
        return new InvalidValueException(field, field + " '" + text + "' is geen planning die we kunnen lezen; geldige vormen zijn "
                + ACCEPTED_FORMS + ".");
    }
}
