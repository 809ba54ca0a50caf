package nl.voortgang.reporting.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.contracts.activity.Planning;

/** An entity as the API shows it: its state on a date, the version it reflects, and since when that was known. */
public sealed interface EntityView permits EntityView.ActivityView, EntityView.FollowUpView {

    public record ActivityView(String id, String programme, int actionLine, String code, String title, String description,
            Planning planning, Planning originalPlanning, List<String> responsible, String status, String statusLabel,
            String explanation, int slips, long version, LocalDate validFrom, LocalDate validTo, Instant recordedAt)
            implements EntityView {
    }

    public record FollowUpView(String id, String kind, String programme, List<String> submitters, LocalDate adoptedDate,
            String kamerstuk, String occasion, LocalDate occasionDate, String text, boolean textLost,
            List<String> responsible, String dueText, LocalDate dueDate, boolean overdue, String status,
            String statusLabel, String standVanZaken, String fulfilledBy, List<String> linkedActivities,
            String mergedWithId, long version, LocalDate validFrom, LocalDate validTo, Instant recordedAt)
            implements EntityView {
    }

    public record HistoryEntry(LocalDate validFrom, LocalDate validTo, Instant recordedFrom, Instant recordedTo,
            EntityView state) {
    }

    static EntityView of(HistoryRow row, LocalDate date) {
        return switch (row.state()) {
            case ActivityState a -> new ActivityView(a.id(), a.programme(), a.actionLine(), a.code(), a.title(),
                    a.description(), a.planning(), a.originalPlanning(), a.responsible(), a.status(),
                    a.activityStatus().reportLabel(), a.explanation(), a.slips(), a.version(), row.validFrom(),
                    row.validTo(), row.recordedFrom());
            case FollowUpState f -> new FollowUpView(f.id(), f.kind().name(), f.programme(), f.submitters(),
                    f.adoptedDate(), f.kamerstuk(), f.occasion(), f.occasionDate(), f.text(), f.textLost(),
                    f.responsible(), f.dueText(), f.dueDate(), f.followUpStatus().isOverdueOn(f.dueDate(), date), f.status(),
                    f.followUpStatus().reportLabel(), f.standVanZaken(), f.fulfilledBy(), f.linkedActivities(),
                    f.mergedWithId(), f.version(), row.validFrom(), row.validTo(), row.recordedFrom());
        };
    }

    static HistoryEntry entry(HistoryRow row) {
        LocalDate lastDay = row.validTo() == null ? row.validFrom() : row.validTo().minusDays(1);
        return new HistoryEntry(row.validFrom(), row.validTo(), row.recordedFrom(), row.recordedTo(), of(row, lastDay));
    }
}
