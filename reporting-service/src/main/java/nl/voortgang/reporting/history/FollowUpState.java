package nl.voortgang.reporting.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.contracts.motie.FollowUpKind;
import nl.voortgang.contracts.motie.FollowUpStatus;

record FollowUpState(
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

    @Override
    public EntityType type() {
        return kind == FollowUpKind.MOTIE ? EntityType.MOTIE : EntityType.TOEZEGGING;
    }

    @Override
    public String status() {
        return followUpStatus.name();
    }

    FollowUpState withProgress(FollowUpStatus status, String stand) {
        return new FollowUpState(id, kind, programme, submitters, adoptedDate, kamerstuk, occasion, occasionDate, text,
                textLost, responsible, dueText, dueDate, status, stand == null ? standVanZaken : stand, fulfilledBy,
                linkedActivities, mergedWithId, version);
    }

    FollowUpState fulfilled(String document, String explanation) {
        return new FollowUpState(id, kind, programme, submitters, adoptedDate, kamerstuk, occasion, occasionDate, text,
                textLost, responsible, dueText, dueDate, FollowUpStatus.FULFILLED,
                explanation == null ? standVanZaken : explanation, document, linkedActivities, mergedWithId, version);
    }

    FollowUpState linked(String activityId, boolean link) {
        List<String> activities = new ArrayList<>(linkedActivities);
        activities.remove(activityId);
        if (link) {
            activities.add(activityId);
        }
        return new FollowUpState(id, kind, programme, submitters, adoptedDate, kamerstuk, occasion, occasionDate, text,
                textLost, responsible, dueText, dueDate, followUpStatus, standVanZaken, fulfilledBy,
                List.copyOf(activities), mergedWithId, version);
    }

    FollowUpState withResponsible(List<String> newResponsible) {
        return new FollowUpState(id, kind, programme, submitters, adoptedDate, kamerstuk, occasion, occasionDate, text,
                textLost, List.copyOf(newResponsible), dueText, dueDate, followUpStatus, standVanZaken, fulfilledBy,
                linkedActivities, mergedWithId, version);
    }

    FollowUpState mergedWith(String otherId) {
        return new FollowUpState(id, kind, programme, submitters, adoptedDate, kamerstuk, occasion, occasionDate, text,
                textLost, responsible, dueText, dueDate, followUpStatus, standVanZaken, fulfilledBy, linkedActivities,
                otherId, version);
    }

    FollowUpState withText(String newText) {
        return new FollowUpState(id, kind, programme, submitters, adoptedDate, kamerstuk, occasion, occasionDate,
                newText, false, responsible, dueText, dueDate, followUpStatus, standVanZaken, fulfilledBy,
                linkedActivities, mergedWithId, version);
    }

    FollowUpState due(String newDueText, LocalDate newDueDate) {
        return new FollowUpState(id, kind, programme, submitters, adoptedDate, kamerstuk, occasion, occasionDate, text,
                textLost, responsible, newDueText, newDueDate, followUpStatus, standVanZaken, fulfilledBy,
                linkedActivities, mergedWithId, version);
    }

    @Override
    public FollowUpState withVersion(long newVersion) {
        return new FollowUpState(id, kind, programme, submitters, adoptedDate, kamerstuk, occasion, occasionDate, text,
                textLost, responsible, dueText, dueDate, followUpStatus, standVanZaken, fulfilledBy, linkedActivities,
                mergedWithId, newVersion);
    }
}
