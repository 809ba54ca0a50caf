package nl.voortgang.contracts;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of events on Kafka: ISO dates and instants, unknown fields rejected, and every field of the record
 * present (an empty one as null), so that an event missing a field is poison instead of an entity with a hole.
 */
public final class EventCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private EventCodec() {
    }

    public static byte[] encode(DomainEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static DomainEvent decode(String typeName, int revision, byte[] json) {
        EventType type = EventCatalogue.forName(typeName, revision).orElseThrow(() -> new UnknownEventTypeException(
                "unknown event type " + typeName + " revision " + revision));
        try {
            return MAPPER.readValue(json, type.javaType());
        } catch (JacksonException e) {
            throw new MalformedEventException(typeName + " revision " + revision + " cannot be read: "
                    + e.getOriginalMessage(), e);
        }
    }
}
