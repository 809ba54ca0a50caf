package nl.voortgang.contracts;

/** Names of the Kafka record headers every published event carries. Values are UTF-8 strings. */
public final class EventHeaders {

    public static final String EVENT_ID = "event-id";
    public static final String AGGREGATE_ID = "aggregate-id";
    public static final String AGGREGATE_TYPE = "aggregate-type";
    public static final String SEQUENCE_NUMBER = "sequence-number";
    public static final String EVENT_TYPE = "event-type";
    public static final String EVENT_REVISION = "event-revision";
    public static final String ACTOR = "actor";
    /** The actor's display name when the change was made, from the caller's token; absent on older events and imports. */
    public static final String ACTOR_NAME = "actor-name";
    public static final String RECORDED_AT = "recorded-at";
    public static final String EFFECTIVE_DATE = "effective-date";
    public static final String STORED_AT = "stored-at";
    public static final String CONTENT_TYPE = "content-type";
    /** The W3C trace context of the command that caused the event, written by the forwarder's Kafka observation. */
    public static final String TRACEPARENT = "traceparent";
    public static final String DEAD_LETTER_REASON = "dead-letter-reason";
    public static final String DEAD_LETTER_EXCEPTION = "dead-letter-exception";

    private EventHeaders() {
    }
}
