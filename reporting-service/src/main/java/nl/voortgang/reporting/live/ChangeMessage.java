package nl.voortgang.reporting.live;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** The data of one {@code change} message: the change, who made it, and the entity's state after it. */
record ChangeMessage(long position, String entityType, String entityId, String code, String title,
        Integer actionLine, List<String> responsible, String eventType, String actor, String recordedAt,
        String effectiveDate, String explanation, JsonNode changes, String status, String statusLabel,
        long version) {
}
