package nl.voortgang.activity.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.voortgang.command.domain.InvalidValueException;
import nl.voortgang.contracts.activity.Planning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanningParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "open", textBlock = """
            Q3 2024              | 2024-07-01 | 2024-09-30
            Q2-Q4 2023           | 2023-04-01 | 2023-12-31
            Q3 2022-Q3 2024      | 2022-07-01 | 2024-09-30
            Q3 2022 - Q1 2023    | 2022-07-01 | 2023-03-31
            2023-2025            | 2023-01-01 | 2025-12-31
            2024                 | 2024-01-01 | 2024-12-31
            Vanaf 2023           | 2023-01-01 | open
            Vanaf Q2 2023        | 2023-04-01 | open
            vanaf q4 2024        | 2024-10-01 | open
            Q1 2023 en Q1 2024   | 2023-01-01 | 2024-03-31
            Q4 2023              | 2023-10-01 | 2023-12-31
            """)
    void readsThePlanningAsWrittenInTheReports(String text, LocalDate start, LocalDate end) {
        Planning planning = PlanningParser.parse("planning", text);

        assertThat(planning.start()).isEqualTo(start);
        assertThat(planning.end()).isEqualTo(end);
        assertThat(planning.text()).isEqualTo(text.strip().replaceAll("\\s+", " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"binnenkort", "Q5 2024", "2025-2023", "eind 2024", "Q3", " "})
    void refusesWhatItCannotReadAndShowsTheAcceptedForms(String text) {
        assertThatThrownBy(() -> PlanningParser.parse("planning", text))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("planning"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"binnenkort", "Q5 2024"})
    void theMessageListsTheAcceptedForms(String text) {
        assertThatThrownBy(() -> PlanningParser.parse("planning", text))
                .hasMessageContaining("\"Vanaf Q2 2023\"")
                .hasMessageContaining("'" + text + "'");
    }
}
