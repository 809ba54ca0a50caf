package nl.voortgang.motie.command;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a due date as people write it in a debate or a letter ("voor de zomer van 2025", "eind 2025",
 * "najaar 2023", "Q3 2025") as the last day of the period it names. A text without a year ("na de
 * zomer") takes the year of the occasion. Recurring commitments ("om de vier jaar") and text it cannot
 * read have no single due date. The mapping is documented in docs/adr/0005-due-dates-as-people-write-them.md.
 */
public final class DueDateParser {

    private static final String YEAR = "(?:\\s+(?:van\\s+)?(\\d{4}))?";
    private static final Pattern PREFIX = Pattern.compile("^(?:uiterlijk|voor|in de loop van|in het|in|ergens in|rond)\\s+");
    private static final Pattern RECURRING = Pattern.compile("^(?:om de|elke|ieder|iedere|elk)\\s+.*|^(?:jaarlijks|halfjaarlijks|periodiek|tweejaarlijks).*");
    private static final Pattern QUARTER = Pattern.compile("^q([1-4])\\s+(\\d{4})$");
    private static final Pattern QUARTER_WORDS = Pattern.compile("^(eerste|tweede|derde|vierde) kwartaal(?:\\s+(?:van\\s+)?(\\d{4}))?$");
    private static final Pattern DAY_MONTH = Pattern.compile("^(\\d{1,2}) ([a-z]+)" + YEAR + "$");
    private static final Pattern MONTH = Pattern.compile("^(?:eind |einde |medio |begin )?([a-z]+)" + YEAR + "$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^(\\d{4})$");
    private static final List<String> QUARTER_NAMES = List.of("eerste", "tweede", "derde", "vierde");
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("januari", Month.JANUARY), Map.entry("februari", Month.FEBRUARY), Map.entry("maart", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("mei", Month.MAY), Map.entry("juni", Month.JUNE),
            Map.entry("juli", Month.JULY), Map.entry("augustus", Month.AUGUST), Map.entry("september", Month.SEPTEMBER),
            Map.entry("oktober", Month.OCTOBER), Map.entry("november", Month.NOVEMBER), Map.entry("december", Month.DECEMBER));
    private static final Map<String, IntFunction<LocalDate>> PERIODS = Map.ofEntries(
            Map.entry("voor de zomer", year -> LocalDate.of(year, 6, 30)),
            Map.entry("voor het zomerreces", year -> LocalDate.of(year, 6, 30)),
            Map.entry("de zomer", year -> LocalDate.of(year, 8, 31)),
            Map.entry("zomer", year -> LocalDate.of(year, 8, 31)),
            Map.entry("deze zomer", year -> LocalDate.of(year, 8, 31)),
            Map.entry("na de zomer", year -> LocalDate.of(year, 9, 30)),
            Map.entry("na het zomerreces", year -> LocalDate.of(year, 9, 30)),
            Map.entry("voorjaar", year -> LocalDate.of(year, 5, 31)),
            Map.entry("het voorjaar", year -> LocalDate.of(year, 5, 31)),
            Map.entry("dit voorjaar", year -> LocalDate.of(year, 5, 31)),
            Map.entry("najaar", year -> LocalDate.of(year, 11, 30)),
            Map.entry("het najaar", year -> LocalDate.of(year, 11, 30)),
            Map.entry("dit najaar", year -> LocalDate.of(year, 11, 30)),
            Map.entry("begin", year -> LocalDate.of(year, 3, 31)),
            Map.entry("medio", year -> LocalDate.of(year, 6, 30)),
            Map.entry("halverwege", year -> LocalDate.of(year, 6, 30)),
            Map.entry("eind", year -> LocalDate.of(year, 12, 31)),
            Map.entry("einde", year -> LocalDate.of(year, 12, 31)),
            Map.entry("eind van het jaar", year -> LocalDate.of(year, 12, 31)),
            Map.entry("het einde van het jaar", year -> LocalDate.of(year, 12, 31)),
            Map.entry("het eind van het jaar", year -> LocalDate.of(year, 12, 31)),
            Map.entry("eind dit jaar", year -> LocalDate.of(year, 12, 31)),
            Map.entry("later dit jaar", year -> LocalDate.of(year, 12, 31)),
            Map.entry("dit jaar", year -> LocalDate.of(year, 12, 31)),
            Map.entry("het kerstreces", year -> LocalDate.of(year, 12, 20)),
            Map.entry("kerst", year -> LocalDate.of(year, 12, 20)));
    private static final Pattern PERIOD = Pattern.compile("^([a-z ]+?)" + YEAR + "$");

    private DueDateParser() {
    }

    /**
     * The due date the text names, or empty when it names none (recurring, or not understood).
     *
     * @param referenceYear the year of the occasion, used when the text has no year; may be null
     */
    public static Optional<LocalDate> parse(String text, Integer referenceYear) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String normalized = normalize(text);
        if (RECURRING.matcher(normalized).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(readWithPrefix(normalized, referenceYear));
    }

    public static boolean isRecurring(String text) {
        return text != null && RECURRING.matcher(normalize(text)).matches();
    }

    private static LocalDate readWithPrefix(String text, Integer referenceYear) {
        LocalDate read = read(text, referenceYear);
        if (read != null) {
            return read;
        }
        Matcher prefix = PREFIX.matcher(text);
        if (!prefix.find()) {
            return null;
        }
        String rest = text.substring(prefix.end());
        LocalDate date = read(rest, referenceYear);
        if (date != null && prefix.group().startsWith("voor") && DAY_MONTH.matcher(rest).matches()) {
            return date.minusDays(1);
        }
        return date;
    }

    private static LocalDate read(String text, Integer referenceYear) {
        Matcher matcher = YEAR_ONLY.matcher(text);
        if (matcher.matches()) {
            return LocalDate.of(Integer.parseInt(matcher.group(1)), 12, 31);
        }
        matcher = QUARTER.matcher(text);
        if (matcher.matches()) {
            return endOfQuarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        }
        matcher = QUARTER_WORDS.matcher(text);
        if (matcher.matches()) {
            Integer year = year(matcher.group(2), referenceYear);
            return year == null ? null : endOfQuarter(QUARTER_NAMES.indexOf(matcher.group(1)) + 1, year);
        }
        matcher = DAY_MONTH.matcher(text);
        if (matcher.matches() && MONTHS.containsKey(matcher.group(2))) {
            Integer year = year(matcher.group(3), referenceYear);
            Month month = MONTHS.get(matcher.group(2));
            int day = Integer.parseInt(matcher.group(1));
            return year == null || day < 1 || day > YearMonth.of(year, month).lengthOfMonth() ? null : LocalDate.of(year, month, day);
        }
        matcher = MONTH.matcher(text);
        if (matcher.matches() && MONTHS.containsKey(matcher.group(1))) {
            Integer year = year(matcher.group(2), referenceYear);
            return year == null ? null : YearMonth.of(year, MONTHS.get(matcher.group(1))).atEndOfMonth();
        }
        matcher = PERIOD.matcher(text);
        if (matcher.matches() && PERIODS.containsKey(matcher.group(1).strip())) {
            Integer year = year(matcher.group(2), referenceYear);
            return year == null ? null : PERIODS.get(matcher.group(1).strip()).apply(year);
        }
        return null;
    }

    private static LocalDate endOfQuarter(int quarter, int year) {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }

    private static Integer year(String written, Integer referenceYear) {
        return written != null ? Integer.valueOf(written) : referenceYear;
    }

    private static String normalize(String text) {
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT)
                .replaceAll("\\(.*?\\)", " ")
                .replaceAll("[.,;:]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
