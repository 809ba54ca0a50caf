package nl.voortgang.motie.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DueDateParserTest {

    @ParameterizedTest(name = "\"{0}\" (said in {1}) is due {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            na de zomer                             | 2023 | 2023-09-30
            voor de zomer van 2025                  | 2023 | 2025-06-30
            vóór de zomer                           | 2024 | 2024-06-30
            eind 2025                               | -    | 2025-12-31
            Eind 2024                               | -    | 2024-12-31
            uiterlijk eind 2025                     | -    | 2025-12-31
            najaar 2023                             | -    | 2023-11-30
            in het najaar van 2024                  | -    | 2024-11-30
            voorjaar 2025                           | -    | 2025-05-31
            begin 2024                              | -    | 2024-03-31
            medio 2025                              | -    | 2025-06-30
            Q3 2025                                 | -    | 2025-09-30
            q1 2024                                 | -    | 2024-03-31
            derde kwartaal van 2024                 | -    | 2024-09-30
            2026                                    | -    | 2026-12-31
            in de loop van 2025                     | -    | 2025-12-31
            september 2025                          | -    | 2025-09-30
            eind maart                              | 2024 | 2024-03-31
            voor 1 juli 2025                        | -    | 2025-06-30
            15 oktober 2024                         | -    | 2024-10-15
            voor het einde van het jaar             | 2023 | 2023-12-31
            later dit jaar                          | 2024 | 2024-12-31
            voor het kerstreces                     | 2024 | 2024-12-20
            """)
    void readsADueDateAsPeopleWriteIt(String text, Integer referenceYear, LocalDate expected) {
        assertThat(DueDateParser.parse(text, referenceYear)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"om de vier jaar", "om de vier jaar (eerstvolgende in 2024)", "jaarlijks", "elk jaar in mei"})
    void aRecurringCommitmentHasNoSingleDueDate(String text) {
        assertThat(DueDateParser.parse(text, 2024)).isEmpty();
        assertThat(DueDateParser.isRecurring(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"binnenkort", "zo snel mogelijk", "na afronding van het onderzoek", "31 februari 2025", "0 januari 2025", "", "  "})
    void textItCannotReadHasNoDueDate(String text) {
        assertThat(DueDateParser.parse(text, 2024)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"na de zomer", "voor de zomer", "eind dit jaar"})
    void aTextWithoutAYearNeedsTheYearOfTheOccasion(String text) {
        assertThat(DueDateParser.parse(text, null)).isEmpty();
    }
}
