package nl.voortgang.reporting.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.voortgang.contracts.ProgrammeTime;

/** Dates, instants and numbers written the Dutch way, as in the annexes: 22 juni 2023, 8.320. */
final class DutchText {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", DUTCH)
            .withZone(ProgrammeTime.ZONE);

    private DutchText() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** "1 motie", "2 moties". */
    static String count(int count, String one, String more) {
        return count + " " + (count == 1 ? one : more);
    }

    static String list(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }
}
