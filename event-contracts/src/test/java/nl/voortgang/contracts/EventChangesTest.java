package nl.voortgang.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.voortgang.contracts.activity.ActivityCompletedEvent;
import nl.voortgang.contracts.activity.ActivityDelayedEvent;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityResponsibleChangedEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import org.junit.jupiter.api.Test;

class EventChangesTest {

    @Test
    void aChangePairsTheValueBeforeWithTheValueAfter() {
        ActivityResponsibleChangedEvent event = sample(ActivityResponsibleChangedEvent.class);

        assertThat(event.changes()).containsExactly(new FieldChange("responsible", List.of("OCW"), List.of("OCW", "VWS")));
        assertThat(event.givenExplanation()).contains("VWS draagt mede de verantwoordelijkheid.");
    }

    @Test
    void aStatusTheEventImpliesIsShownAsTheValueAfter() {
        assertThat(sample(ActivityCompletedEvent.class).changes())
                .containsExactly(new FieldChange("status", ActivityStatus.DELAYED, ActivityStatus.COMPLETED));
    }

    @Test
    void aDelayPairsThePlanningAndShowsTheOriginalPlanningAsNew() {
        ActivityDelayedEvent event = sample(ActivityDelayedEvent.class);

        assertThat(event.changes()).extracting(FieldChange::field).containsExactly("status", "planning", "originalPlanning");
        assertThat(event.changes().get(1).before()).isEqualTo(event.previousPlanning());
        assertThat(event.changes().get(1).after()).isEqualTo(event.newPlanning());
    }

    @Test
    void aRegistrationShowsEveryFieldItSetButNotWhoOrWhen() {
        assertThat(sample(ActivityRegisteredEvent.class).changes()).extracting(FieldChange::field)
                .contains("programme", "title", "planning", "responsible", "status")
                .doesNotContain("activityId", "actor", "recordedAt", "effectiveDate", "originalPlanning", "explanation");
    }

    private static <T extends DomainEvent> T sample(Class<T> type) {
        return SampleEvents.all().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
}
