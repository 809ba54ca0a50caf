package nl.voortgang.motie.command;

/**
 * The lengths the texts of a motie or toezegging may have, written once for the registration requests and the
 * import alike; the texts both services share are in {@link nl.voortgang.command.domain.TextLimits}.
 */
public final class FollowUpLimits {

    /** One submitter, such as "Van der Laan c.s.". */
    public static final int SUBMITTER = 200;
    /** A part of a Kamerstuk reference: the parliamentary year, the dossier or the number. */
    public static final int KAMERSTUK_PART = 20;
    /** One responsible member of government, such as SOCW. */
    public static final int RESPONSIBLE = 50;
    /** How many may be responsible at once, and how many may have submitted a motie: an event must stay far below a Kafka record's 1 MiB. */
    public static final int RESPONSIBLE_PARTIES = 20;
    public static final int SUBMITTERS = 50;
    /** A due date as it was promised, such as "voor de zomer van 2025". */
    public static final int DUE_TEXT = 200;
    public static final int OCCASION = 500;

    private FollowUpLimits() {
    }
}
