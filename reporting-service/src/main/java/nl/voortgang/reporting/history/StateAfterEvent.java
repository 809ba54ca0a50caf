package nl.voortgang.reporting.history;

import java.util.List;

/**
 * What an entity looked like on an event's effective date once that event was known: the part a
 * live feed shows next to the change. The fields are null where the entity has no state yet (an
 * event that arrived before its registration).
 */
public record StateAfterEvent(EntityType entityType, String code, String title, Integer actionLine,
        List<String> responsible, String status, String statusLabel) {

    static StateAfterEvent of(EntityType type, EntityState state) {
        return switch (state) {
            case null -> new StateAfterEvent(type, null, null, null, List.of(), null, null);
            case ActivityState a -> new StateAfterEvent(type, a.code(), a.title(), a.actionLine(), a.responsible(),
                    a.status(), a.activityStatus().reportLabel());
            case FollowUpState f -> new StateAfterEvent(type, f.kamerstuk(), f.text(), null, f.responsible(), f.status(),
                    f.followUpStatus().reportLabel());
        };
    }
}
