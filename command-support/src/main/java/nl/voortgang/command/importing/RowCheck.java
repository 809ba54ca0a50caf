package nl.voortgang.command.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.voortgang.command.domain.InvalidValueException;
import nl.voortgang.command.web.EffectiveDates;

/** Reads the cells of one uploaded row, adding a problem per bad cell to the file's list and remembering whether it passed. */
public final class RowCheck {

    private final ImportRow row;
    private final List<ImportProblem> problems;
    private boolean passed = true;

    public RowCheck(ImportRow row, List<ImportProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    public boolean passed() {
        return passed;
    }

    public void problem(String column, String message) {
        passed = false;
        problems.add(new ImportProblem(row.number(), column, message));
    }

    public String required(String column, int maxLength) {
        String value = optional(column, maxLength);
        if (value == null) {
            problem(column, column + " is verplicht.");
        }
        return value;
    }

    public String optional(String column, int maxLength) {
        String value = row.text(column);
        if (value != null && value.length() > maxLength) {
            problem(column, column + " is " + value.length() + " tekens lang; maximaal " + maxLength + ".");
        }
        return value;
    }

    public Integer number(String column, int min, int max) {
        String value = required(column, 10);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            problem(column, column + " '" + value + "' is geen geheel getal van " + min + " tot en met " + max + ".");
            return null;
        }
        problem(column, column + " " + value + " ligt niet tussen " + min + " en " + max + ".");
        return null;
    }

    public List<String> list(String column, int maxEach, String whenEmpty) {
        List<String> values = row.list(column);
        if (values.isEmpty() && whenEmpty != null) {
            problem(column, whenEmpty);
        } else if (values.stream().anyMatch(value -> value.length() > maxEach)) {
            problem(column, "Een waarde in " + column + " is langer dan " + maxEach + " tekens.");
        }
        return values;
    }

    public <E extends Enum<E>> E choice(String column, Class<E> type) {
        String value = row.text(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(column, "Onbekende " + column + " '" + value + "'; toegestaan: " + Arrays.toString(type.getEnumConstants()) + ".");
            return null;
        }
    }

    public LocalDate date(String column) {
        String value = row.text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(column, column + " '" + value + "' is geen datum; schrijf jjjj-mm-dd, bijvoorbeeld 2024-03-18.");
            return null;
        }
    }

    public LocalDate effectiveDate(Clock clock) {
        String text = row.text("effectiveDate");
        LocalDate value = date("effectiveDate");
        if (text != null && value == null) {
            return null;
        }
        try {
            return EffectiveDates.resolve(value, clock);
        } catch (InvalidValueException e) {
            problem("effectiveDate", e.getMessage());
            return null;
        }
    }
}
