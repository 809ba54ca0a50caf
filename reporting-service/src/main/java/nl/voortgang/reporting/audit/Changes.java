package nl.voortgang.reporting.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Derives what an event changed from its payload: every "previousX" field is paired with "X"
 * (or "newX"); a status implied by the event type is made explicit; other fields are shown as new
 * values. A registration shows every field it set.
 */
final class Changes {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Set<String> COMMON = Set.of("actor", "recordedAt", "effectiveDate", "activityId", "motieId",
            "toezeggingId", "itemId", "kind", "explanation", "reason");
    private static final Map<String, String> IMPLIED_STATUS = Map.of("ActivityCompleted", "COMPLETED",
            "ActivityAborted", "ABORTED", "ActivityDelayed", "DELAYED", "FollowUpFulfilled", "FULFILLED");

    private Changes() {
    }

    static Map<String, Object> payload(byte[] json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
        });
    }

    static List<Change> of(String eventType, Map<String, Object> payload) {
        Map<String, Object> remaining = new LinkedHashMap<>(payload);
        COMMON.forEach(remaining::remove);
        List<Change> changes = new ArrayList<>();
        for (String key : List.copyOf(remaining.keySet())) {
            if (key.startsWith("previous") && key.length() > "previous".length()) {
                String field = Character.toLowerCase(key.charAt(8)) + key.substring(9);
                String newKey = "new" + key.substring(8);
                Object after = remaining.containsKey(field) ? remaining.remove(field) : remaining.remove(newKey);
                if (after == null && field.equals("status")) {
                    after = IMPLIED_STATUS.get(eventType);
                }
                changes.add(new Change(field, remaining.remove(key), after));
            }
        }
        remaining.forEach((field, value) -> {
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                changes.add(new Change(field, null, value));
            }
        });
        return changes;
    }

    static String explanation(Map<String, Object> payload) {
        Object explanation = payload.get("explanation");
        return explanation != null ? explanation.toString()
                : payload.get("reason") == null ? null : payload.get("reason").toString();
    }
}
