package nl.voortgang.activity.command;

/**
 * The lengths an activity's own texts may have, written once for the registration request and the import alike;
 * the texts both services share are in {@link nl.voortgang.command.domain.TextLimits}.
 */
public final class ActivityLimits {

    public static final int CODE = 50;
    public static final int TITLE = 300;
    public static final int PLANNING = 100;
    /** One responsible party, such as OCW. */
    public static final int RESPONSIBLE = 100;
    /** How many may be responsible at once: an event must stay far below a Kafka record's 1 MiB. */
    public static final int RESPONSIBLE_PARTIES = 20;
    public static final int ACTION_LINE_MIN = 1;
    public static final int ACTION_LINE_MAX = 99;

    private ActivityLimits() {
    }
}
