package nl.voortgang.reporting.history;

/** The three kinds of entity the programme follows, as stored in the history and the audit trail. */
public enum EntityType {
    ACTIVITY("activity"),
    MOTIE("motie"),
    TOEZEGGING("toezegging");

    private final String dutchName;

    EntityType(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }
}
