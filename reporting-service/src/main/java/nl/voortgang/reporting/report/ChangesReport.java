package nl.voortgang.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voortgang.contracts.FieldChange;
import nl.voortgang.contracts.ProgrammeTime;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.motie.FollowUpKind;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.reporting.history.ActivityState;
import nl.voortgang.reporting.history.EntityState;
import nl.voortgang.reporting.history.FollowUpState;
import nl.voortgang.reporting.programme.ProgrammeDirectory;
import org.springframework.stereotype.Component;

/**
 * What changed between two dates: new items, status changes, delays with the old and new
 * planning, completions, and moties and toezeggingen that were fulfilled or became overdue; each
 * with who recorded it and when. A change recorded after the first date that holds from before
 * it rewrites what a report of that date showed; it is listed and marked as a back-dated
 * correction.
 */
@Component
class ChangesReport {

    private static final List<String> EVENT_TYPES = List.of("ActivityRegistered", "ActivityStatusChanged",
            "ActivityDelayed", "ActivityCompleted", "ActivityAborted", "ActivityReopened", "MotieRegistered",
            "ToezeggingRegistered", "FollowUpProgressRecorded", "FollowUpFulfilled", "FollowUpOverdue");
    private static final List<ReportDocument.Column> COLUMNS = List.of(
            new ReportDocument.Column("Datum", 10), new ReportDocument.Column("Onderdeel", 24),
            new ReportDocument.Column("Wijziging", 22), new ReportDocument.Column("Toelichting", 26),
            new ReportDocument.Column("Vastgelegd door", 9), new ReportDocument.Column("Vastgelegd op", 9));

    private final ReportRepository repository;
    private final ProgrammeDirectory programmes;

    ChangesReport(ReportRepository repository, ProgrammeDirectory programmes) {
        this.repository = repository;
        this.programmes = programmes;
    }

    ReportDocument report(String programme, LocalDate from, LocalDate to, Instant knownAt) {
        Instant afterFrom = from.plusDays(1).atStartOfDay(ProgrammeTime.ZONE).toInstant();
        List<List<ReportDocument.Cell>> activities = new ArrayList<>();
        List<List<ReportDocument.Cell>> followUps = new ArrayList<>();
        for (ReportRepository.ChangeEntry entry : repository.changes(programme, from, to, afterFrom, knownAt, EVENT_TYPES)) {
            describe(entry).ifPresent(change -> {
                boolean backDated = entry.recordedAt().isAfter(afterFrom)
                        && entry.recordedAt().atZone(ProgrammeTime.ZONE).toLocalDate().isAfter(entry.effectiveDate());
                List<ReportDocument.Cell> row = List.of(ReportDocument.Cell.of(DutchText.date(entry.effectiveDate())),
                        ReportDocument.Cell.of(subject(entry.entity())),
                        ReportDocument.Cell.of(backDated ? change + "\n\nCorrectie met terugwerkende kracht" : change),
                        ReportDocument.Cell.of(entry.explanation()), ReportDocument.Cell.of(entry.actor()),
                        ReportDocument.Cell.of(DutchText.moment(entry.recordedAt())));
                (entry.entity() instanceof ActivityState ? activities : followUps).add(row);
            });
        }
        return new ReportDocument(programme + "-wijzigingen-" + from + "-" + to,
                "Wijzigingen van " + DutchText.date(from) + " tot en met " + DutchText.date(to),
                List.of(programmes.title(programme), "Zoals bekend op " + DutchText.moment(knownAt),
                        DutchText.count(activities.size(), "wijziging", "wijzigingen") + " van activiteiten, "
                                + DutchText.count(followUps.size(), "wijziging", "wijzigingen")
                                + " van moties en toezeggingen"),
                List.of(),
                List.of(new ReportDocument.Section("Activiteiten", COLUMNS, activities),
                        new ReportDocument.Section("Moties en toezeggingen", COLUMNS, followUps)),
                List.of("Een correctie met terugwerkende kracht is vastgelegd na " + DutchText.date(from)
                        + " en geldt vanaf een eerdere dag: zij verandert wat een rapportage van toen liet zien."));
    }

    private static Optional<String> describe(ReportRepository.ChangeEntry entry) {
        boolean activity = entry.entity() instanceof ActivityState;
        return switch (entry.eventType()) {
            case "ActivityRegistered" -> Optional.of("Nieuwe activiteit, status " + label(entry, "status", true, true));
            case "MotieRegistered" -> Optional.of("Nieuwe motie, status " + label(entry, "status", false, true));
            case "ToezeggingRegistered" -> Optional.of("Nieuwe toezegging, status " + label(entry, "status", false, true));
            case "ActivityDelayed" -> Optional.of("Vertraagd: planning " + planning(entry, true) + " \u2192 "
                    + planning(entry, false));
            case "FollowUpFulfilled" -> Optional.of("Invulling gegeven" + change(entry, "document")
                    .map(c -> " met " + c.after()).orElse(""));
            case "FollowUpOverdue" -> Optional.of("Termijn verstreken" + change(entry, "dueDate")
                    .map(c -> " (termijn " + DutchText.date(LocalDate.parse(String.valueOf(c.after()))) + ")").orElse(""));
            case "ActivityStatusChanged", "ActivityCompleted", "ActivityAborted", "ActivityReopened",
                    "FollowUpProgressRecorded" -> statusChange(entry, activity);
            default -> throw new IllegalArgumentException(entry.eventType() + " is not part of the changes report");
        };
    }

    private static Optional<String> statusChange(ReportRepository.ChangeEntry entry, boolean activity) {
        Optional<FieldChange> status = change(entry, "status");
        if (status.isEmpty() || String.valueOf(status.get().before()).equals(String.valueOf(status.get().after()))) {
            return Optional.empty();
        }
        return Optional.of("Status: " + label(entry, "status", activity, false) + " \u2192 "
                + label(entry, "status", activity, true));
    }

    private static String label(ReportRepository.ChangeEntry entry, String field, boolean activity, boolean after) {
        return change(entry, field).map(c -> after ? c.after() : c.before()).map(String::valueOf)
                .map(status -> activity ? ActivityStatus.valueOf(status).reportLabel()
                        : FollowUpStatus.valueOf(status).reportLabel())
                .orElse("onbekend");
    }

    private static String planning(ReportRepository.ChangeEntry entry, boolean before) {
        return change(entry, "planning").map(c -> before ? c.before() : c.after())
                .map(value -> value instanceof Map<?, ?> map ? String.valueOf(map.get("text")) : String.valueOf(value))
                .orElse("onbekend");
    }

    private static Optional<FieldChange> change(ReportRepository.ChangeEntry entry, String field) {
        return entry.changes().stream().filter(c -> c.field().equals(field)).findFirst();
    }

    private static String subject(EntityState entity) {
        return switch (entity) {
            case ActivityState a -> a.code() + " " + a.title();
            case FollowUpState f -> (f.kind() == FollowUpKind.MOTIE ? "Motie " : "Toezegging ")
                    + (f.kamerstuk() != null ? f.kamerstuk() + ": " : "") + shortened(f.text());
        };
    }

    private static String shortened(String text) {
        if (text == null) {
            return "(tekst ontbreekt)";
        }
        return text.codePointCount(0, text.length()) <= 160 ? text
                : text.substring(0, text.offsetByCodePoints(0, 157)) + "...";
    }
}
