package nl.voortgang.reporting.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.contracts.motie.FollowUpKind;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.contracts.motie.MotieRegisteredEvent;
import nl.voortgang.contracts.motie.ToezeggingRegisteredEvent;

/**
 * A motie or toezegging on one date: what parliament asked and of whom, when it is due, how far
 * it is. Each transition names the fields it changes through {@link Change}; the JSON of this
 * record is what the history rows hold, so its field names stay as they are.
 */
public record FollowUpState(
        String id,
        FollowUpKind kind,
        String programme,
        List<String> submitters,
        LocalDate adoptedDate,
        String kamerstuk,
        String occasion,
        LocalDate occasionDate,
        String text,
        boolean textLost,
        List<String> responsible,
        String dueText,
        LocalDate dueDate,
        FollowUpStatus followUpStatus,
        String standVanZaken,
        String fulfilledBy,
        List<String> linkedActivities,
        String mergedWithId,
        long version) implements EntityState {

    static FollowUpState registered(MotieRegisteredEvent e) {
        Change motie = new Change(e.motieId(), FollowUpKind.MOTIE, e.programme(), e.text(), e.responsible(), e.status());
        motie.submitters = e.submitters() == null ? List.of() : List.copyOf(e.submitters());
        motie.adoptedDate = e.adoptedDate();
        motie.kamerstuk = e.kamerstuk() == null ? null : e.kamerstuk().citation();
        motie.textLost = e.textLost();
        motie.dueText = e.dueText();
        motie.dueDate = e.dueDate();
        return motie.state();
    }

    static FollowUpState registered(ToezeggingRegisteredEvent e) {
        Change toezegging = new Change(e.toezeggingId(), FollowUpKind.TOEZEGGING, e.programme(), e.text(),
                e.responsible(), e.status());
        toezegging.occasion = e.occasion();
        toezegging.occasionDate = e.occasionDate();
        toezegging.dueText = e.dueText();
        toezegging.dueDate = e.dueDate();
        return toezegging.state();
    }

    @Override
    public EntityType type() {
        return kind == FollowUpKind.MOTIE ? EntityType.MOTIE : EntityType.TOEZEGGING;
    }

    @Override
    public String status() {
        return followUpStatus.name();
    }

    FollowUpState withProgress(FollowUpStatus status, String stand) {
        Change change = new Change(this);
        change.status = status;
        change.standVanZaken = stand == null ? standVanZaken : stand;
        return change.state();
    }

    FollowUpState fulfilled(String document, String explanation) {
        Change change = new Change(this);
        change.status = FollowUpStatus.FULFILLED;
        change.standVanZaken = explanation == null ? standVanZaken : explanation;
        change.fulfilledBy = document;
        return change.state();
    }

    FollowUpState linked(String activityId, boolean link) {
        List<String> activities = new ArrayList<>(linkedActivities);
        activities.remove(activityId);
        if (link) {
            activities.add(activityId);
        }
        Change change = new Change(this);
        change.linkedActivities = List.copyOf(activities);
        return change.state();
    }

    FollowUpState withResponsible(List<String> newResponsible) {
        Change change = new Change(this);
        change.responsible = List.copyOf(newResponsible);
        return change.state();
    }

    FollowUpState mergedWith(String otherId) {
        Change change = new Change(this);
        change.mergedWithId = otherId;
        return change.state();
    }

    FollowUpState withText(String newText) {
        Change change = new Change(this);
        change.text = newText;
        change.textLost = false;
        return change.state();
    }

    FollowUpState due(String newDueText, LocalDate newDueDate) {
        Change change = new Change(this);
        change.dueText = newDueText;
        change.dueDate = newDueDate;
        return change.state();
    }

    @Override
    public FollowUpState withVersion(long newVersion) {
        Change change = new Change(this);
        change.version = newVersion;
        return change.state();
    }

    /** A state being changed: starts as a copy (or as a fresh registration) and ends as a new state. */
    private static final class Change {

        private final String id;
        private final FollowUpKind kind;
        private final String programme;
        private List<String> submitters = List.of();
        private LocalDate adoptedDate;
        private String kamerstuk;
        private String occasion;
        private LocalDate occasionDate;
        private String text;
        private boolean textLost;
        private List<String> responsible;
        private String dueText;
        private LocalDate dueDate;
        private FollowUpStatus status;
        private String standVanZaken;
        private String fulfilledBy;
        private List<String> linkedActivities = List.of();
        private String mergedWithId;
        private long version;

        private Change(String id, FollowUpKind kind, String programme, String text, List<String> responsible,
                FollowUpStatus status) {
            this.id = id;
            this.kind = kind;
            this.programme = programme;
            this.text = text;
            this.responsible = List.copyOf(responsible);
            this.status = status;
        }

        private Change(FollowUpState from) {
            this(from.id, from.kind, from.programme, from.text, from.responsible, from.followUpStatus);
            submitters = from.submitters;
            adoptedDate = from.adoptedDate;
            kamerstuk = from.kamerstuk;
            occasion = from.occasion;
            occasionDate = from.occasionDate;
            textLost = from.textLost;
            dueText = from.dueText;
            dueDate = from.dueDate;
            standVanZaken = from.standVanZaken;
            fulfilledBy = from.fulfilledBy;
            linkedActivities = from.linkedActivities;
            mergedWithId = from.mergedWithId;
            version = from.version;
        }

        private FollowUpState state() {
            return new FollowUpState(id, kind, programme, submitters, adoptedDate, kamerstuk, occasion, occasionDate, text,
                    textLost, responsible, dueText, dueDate, status, standVanZaken, fulfilledBy, linkedActivities,
                    mergedWithId, version);
        }
    }
}
