package nl.voortgang.contracts;

public final class Topics {

    public static final String ACTIVITY_EVENTS = "voortgang.activity.events";
    public static final String MOTIE_EVENTS = "voortgang.motie.events";
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
