package nl.voortgang.contracts;

public final class Topics {

    public static final String ACTIVITY_EVENTS = "voortgang.activity.events";
    public static final String MOTIE_EVENTS = "voortgang.motie.events";
    public static final String DEAD_LETTER_SUFFIX = ".dlt";
    /** The command services' ledger digests (chain heads), keyed by service name; see docs/adr/0014. */
    public static final String LEDGER_DIGESTS = "voortgang.ledger.digests";

    private Topics() {
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
