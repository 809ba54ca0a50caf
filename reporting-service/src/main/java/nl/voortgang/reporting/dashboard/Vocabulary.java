package nl.voortgang.reporting.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.voortgang.contracts.ProgrammeTime;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.contracts.activity.ActivityStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Dutch words for the events' logical names and the changed fields, as officers read them in
 * the history and the live feed. The page carries them as a JSON data block, so the feed's script
 * uses the same words as the server-rendered history without a second list.
 */
@Component
class Vocabulary {

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("ActivityRegistered", "Activiteit geregistreerd"),
            Map.entry("ActivityStatusChanged", "Status gewijzigd"),
            Map.entry("ActivityDelayed", "Vertraging vastgelegd"),
            Map.entry("ActivityCompleted", "Afgerond"),
            Map.entry("ActivityAborted", "Afgebroken"),
            Map.entry("ActivityReopened", "Heropend"),
            Map.entry("ActivityProgressReported", "Voortgang gerapporteerd"),
            Map.entry("ActivityResponsibleChanged", "Verantwoordelijken gewijzigd"),
            Map.entry("ActivityDetailsCorrected", "Titel of beschrijving gecorrigeerd"),
            Map.entry("MotieRegistered", "Motie geregistreerd"),
            Map.entry("ToezeggingRegistered", "Toezegging geregistreerd"),
            Map.entry("FollowUpProgressRecorded", "Stand van zaken vastgelegd"),
            Map.entry("FollowUpFulfilled", "Invulling gegeven"),
            Map.entry("FollowUpLinkedToActivity", "Gekoppeld aan activiteit"),
            Map.entry("FollowUpUnlinkedFromActivity", "Ontkoppeld van activiteit"),
            Map.entry("FollowUpResponsibilityReassigned", "Verantwoordelijke gewijzigd"),
            Map.entry("FollowUpMerged", "Samengevoegd"),
            Map.entry("FollowUpTextCorrected", "Tekst gecorrigeerd"),
            Map.entry("FollowUpDueDateChanged", "Termijn gewijzigd"),
            Map.entry("FollowUpOverdue", "Termijn verstreken"));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("status", "status"),
            Map.entry("planning", "planning"),
            Map.entry("originalPlanning", "oorspronkelijke planning"),
            Map.entry("explanation", "toelichting"),
            Map.entry("responsible", "verantwoordelijk"),
            Map.entry("title", "titel"),
            Map.entry("description", "beschrijving"),
            Map.entry("standVanZaken", "stand van zaken"),
            Map.entry("fulfilledBy", "invulling met"),
            Map.entry("linkedActivities", "gekoppelde activiteiten"),
            Map.entry("text", "tekst"),
            Map.entry("dueText", "termijn"),
            Map.entry("dueDate", "termijndatum"),
            Map.entry("progress", "voortgang"),
            Map.entry("mergedWithId", "samengevoegd met"));

    private static final Map<String, String> STATUSES = statusLabels();
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss").withZone(ProgrammeTime.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Map<String, String> statusLabels() {
        Map<String, String> labels = new TreeMap<>();
        Arrays.stream(FollowUpStatus.values()).forEach(status -> labels.put(status.name(), status.reportLabel()));
        Arrays.stream(ActivityStatus.values()).forEach(status -> labels.put(status.name(), status.reportLabel()));
        return Map.copyOf(labels);
    }

    public String event(String logicalName) {
        return EVENTS.getOrDefault(logicalName, logicalName);
    }

    public String field(String name) {
        return FIELDS.getOrDefault(name, name);
    }

    public String activityStatus(String status) {
        return ActivityStatus.valueOf(status).reportLabel();
    }

    /** The choice in a status menu: the report joins NOT_STARTED and ABORTED, a form must not. */
    public String statusOption(Enum<?> status) {
        if (status instanceof ActivityStatus activity) {
            return switch (activity) {
                case NOT_STARTED -> "Nog niet begonnen";
                case ABORTED -> "Afgebroken";
                case COMPLETED, IN_PROGRESS, ONGOING, DELAYED, UNKNOWN -> activity.reportLabel();
            };
        }
        FollowUpStatus followUp = FollowUpStatus.valueOf(status.name());
        return switch (followUp) {
            case NOT_STARTED -> "Nog niet begonnen";
            case ABORTED -> "Afgebroken";
            case FULFILLED, IN_PROGRESS, ONGOING, DELAYED, UNKNOWN -> followUp.reportLabel();
        };
    }

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A changed value as an officer reads it: a status by its report word, a planning by its text. */
    public String value(String field, Object value) {
        if (value == null) {
            return "(leeg)";
        }
        if (field.equals("status") && STATUSES.containsKey(String.valueOf(value))) {
            return STATUSES.get(String.valueOf(value));
        }
        if (value instanceof Map<?, ?> map && map.get("text") != null) {
            return String.valueOf(map.get("text"));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    public String asJson() {
        return JSON.writeValueAsString(Map.of("events", EVENTS, "fields", FIELDS, "statuses", STATUSES));
    }
}
