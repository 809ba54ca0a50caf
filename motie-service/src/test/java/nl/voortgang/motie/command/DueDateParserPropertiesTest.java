package nl.voortgang.motie.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the due-date parser over generated text: it never throws (what it cannot read has no due date), and
 * a date or quarter written the way Voortgang writes it reads back as that date. jqwik reports each run's seed.
 */
class DueDateParserPropertiesTest {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl"));

    @Property(tries = 3000)
    void anyTextIsReadOrHasNoDueDateWithoutThrowing(@ForAll("anyText") String text, @ForAll("referenceYear") Integer year) {
        Optional<LocalDate> due = DueDateParser.parse(text, year);
        boolean recurring = DueDateParser.isRecurring(text);

        assertThat(recurring && due.isPresent()).isFalse();
    }

    @Property(tries = 1000)
    void aDateWrittenInDutchReadsBackAsThatDate(@ForAll("dates") LocalDate date) {
        assertThat(DueDateParser.parse(date.format(DUTCH), null)).contains(date);
        assertThat(DueDateParser.parse(date.format(DUTCH).toUpperCase(Locale.ROOT), 2000)).contains(date);
    }

    @Property
    void aQuarterIsDueOnItsLastDay(@ForAll @IntRange(min = 1, max = 4) int quarter, @ForAll @IntRange(min = 1000, max = 9999) int year) {
        LocalDate end = YearMonth.of(year, quarter * 3).atEndOfMonth();

        assertThat(DueDateParser.parse("Q" + quarter + " " + year, null)).contains(end);
        assertThat(DueDateParser.parse(end.format(DUTCH), null)).contains(end);
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> day = Arbitraries.integers().between(0, 99).map(String::valueOf);
        Arbitrary<String> month = Arbitraries.of("januari", "februari", "maart", "mei", "augustus", "december", "Oktober",
                "zomer", "najaar", "kwartaal", "mars");
        Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.integers().between(0, 9999).map(y -> String.format("%04d", y)),
                Arbitraries.of("", "van 2025", "2025 (onder voorbehoud)", "20255"));
        Arbitrary<String> prefix = Arbitraries.of("", "voor ", "uiterlijk ", "in de loop van ", "eind ", "begin ", "medio ",
                "om de ", "elke ", "eerste ", "vierde kwartaal ", "q");
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789 qvoreindjaz().,;:").ofMaxLength(30),
                Combinators.combine(prefix, day, month, year).as((p, d, m, y) -> p + d + " " + m + " " + y),
                Combinators.combine(prefix, month, year).as((p, m, y) -> p + m + " " + y));
    }

    @Provide
    Arbitrary<Integer> referenceYear() {
        return Arbitraries.integers().between(-5, 99999).injectNull(0.2);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
