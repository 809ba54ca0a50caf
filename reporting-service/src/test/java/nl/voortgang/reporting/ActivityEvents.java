package nl.voortgang.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.contracts.activity.ActivityDelayedEvent;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.ActivityStatusChangedEvent;
import nl.voortgang.contracts.activity.Planning;

/** Activity events as the activity service would publish them, with explicit recorded and effective times. */
public final class ActivityEvents {

    public static final Planning Q2_2024 = new Planning("Q2 2024", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30));
    public static final Planning Q4_2024 = new Planning("Q4 2024", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31));

    private ActivityEvents() {
    }

    public static ActivityRegisteredEvent registered(String id, int actionLine, String title, List<String> responsible,
            Instant recordedAt, LocalDate effective) {
        return new ActivityRegisteredEvent(id, "NAP", actionLine, "NAP-" + actionLine + ".1", title, null, Q2_2024, null,
                responsible, ActivityStatus.IN_PROGRESS, "Gestart", "import", recordedAt, effective);
    }

    public static ActivityStatusChangedEvent statusChanged(String id, ActivityStatus from, ActivityStatus to,
            String actor, Instant recordedAt, LocalDate effective) {
        return new ActivityStatusChangedEvent(id, from, to, "Status naar " + to, actor, recordedAt, effective);
    }

    public static ActivityDelayedEvent delayed(String id, ActivityStatus from, Planning previous, Planning next,
            String actor, Instant recordedAt, LocalDate effective) {
        return new ActivityDelayedEvent(id, from, previous, next, Q2_2024, "Aanbesteding liep uit", actor, recordedAt,
                effective);
    }
}
