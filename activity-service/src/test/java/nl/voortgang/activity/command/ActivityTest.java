package nl.voortgang.activity.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.Planning;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static final String ID = "activity-1";
    private static final Instant NOW = Instant.parse("2024-03-15T09:30:00Z");
    private static final Planning Q1_2024 = new Planning("Q1 2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));

    private FixtureConfiguration<Activity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Activity.class);
    }

    @Test
    void canRegisterAnActivityOfAnActionLine() {
        fixture.givenNoPriorActivity()
                .when(new RegisterActivityCommand(ID, "NAP", 1, "NAP-1.01", "Campagne werkvloer", null, Q1_2024, null,
                        List.of("OCW", "SZW"), ActivityStatus.IN_PROGRESS, null, "import", NOW, LocalDate.of(2023, 1, 13)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActivityRegisteredEvent(ID, "NAP", 1, "NAP-1.01", "Campagne werkvloer", null, Q1_2024,
                        null, List.of("OCW", "SZW"), ActivityStatus.IN_PROGRESS, null, "import", NOW, LocalDate.of(2023, 1, 13)));
    }
}
