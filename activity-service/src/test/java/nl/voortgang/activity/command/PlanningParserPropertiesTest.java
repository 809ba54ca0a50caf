package nl.voortgang.activity.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.voortgang.command.domain.InvalidValueException;
import nl.voortgang.contracts.activity.Planning;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the planning parser over generated text; jqwik reports the seed of every run beside the property. */
class PlanningParserPropertiesTest {

    @Property(tries = 3000)
    void anyTextIsReadOrRefusedWithAValidationErrorNamingTheField(@ForAll("anyText") String text) {
        try {
            Planning planning = PlanningParser.parse("planning", text);
            assertThat(planning.start()).isNotNull();
            assertThat(planning.end() == null || !planning.end().isBefore(planning.start())).isTrue();
        } catch (InvalidValueException refused) {
            assertThat(refused.field()).isEqualTo("planning");
            assertThat(refused.getMessage()).startsWith("planning");
        }
    }

    @Property(tries = 2000)
    void aPlanningReadsBackFromTheTextItKeepsAsTheSamePeriod(@ForAll("writtenPlanning") String written) {
        Planning planning = PlanningParser.parse("planning", written);

        assertThat(PlanningParser.parse("planning", planning.text())).isEqualTo(planning);
    }

    @Property
    void aQuarterIsExactlyItsThreeMonths(@ForAll @IntRange(min = 1, max = 4) int quarter,
                                         @ForAll @IntRange(min = 1000, max = 9999) int year) {
        Planning planning = PlanningParser.parse("planning", "Q" + quarter + " " + year);

        assertThat(planning.start()).isEqualTo(LocalDate.of(year, quarter * 3 - 2, 1));
        assertThat(planning.end()).isEqualTo(planning.start().plusMonths(3).minusDays(1));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("Qq01234567899 -\t\u00a0enVANAFvanaf").ofMaxLength(30),
                Combinators.combine(writtenPlanning(), Arbitraries.of("", "-", " en", "Q", "0", "\u0000", "\uD800"))
                        .as((text, tail) -> text + tail),
                Combinators.combine(writtenPlanning(), Arbitraries.of('٢', '２', 'Z', '-'))
                        .as((text, digit) -> text.replace('2', digit)));
    }

    @Provide
    Arbitrary<String> writtenPlanning() {
        Arbitrary<String> closed = Arbitraries.oneOf(point(), quartersInYear(), range());
        return Arbitraries.oneOf(closed, Combinators.combine(vanaf(), space(), point()).as((from, gap, point) -> from + gap + point),
                Combinators.combine(closed, space(), Arbitraries.of("en", "EN", "En"), space(), closed)
                        .as((first, a, en, b, second) -> first + a + en + b + second));
    }

    private Arbitrary<String> point() {
        return Combinators.combine(Arbitraries.of("", "Q1 ", "Q2 ", "q3 ", "Q4", "Q1\t"), years())
                .as((quarter, year) -> quarter + year);
    }

    private Arbitrary<String> quartersInYear() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 3), space(), years())
                .as((from, more, gap, year) -> "Q" + from + "-Q" + Math.min(4, from + more) + gap + year);
    }

    private Arbitrary<String> range() {
        return Combinators.combine(Arbitraries.integers().between(1000, 9000), Arbitraries.integers().between(0, 999),
                        Arbitraries.of("-", " - ", "  -\t"))
                .as((from, length, dash) -> from + dash + (from + length));
    }

    private static Arbitrary<String> vanaf() {
        return Arbitraries.of("Vanaf", "vanaf", "VANAF");
    }

    private static Arbitrary<String> space() {
        return Arbitraries.of(" ", "  ", "\t", " \n ");
    }

    private static Arbitrary<String> years() {
        return Arbitraries.integers().between(1000, 9999).map(String::valueOf);
    }
}
