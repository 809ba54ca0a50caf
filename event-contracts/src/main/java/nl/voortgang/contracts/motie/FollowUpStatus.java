package nl.voortgang.contracts.motie;

/** The status legend of Annex 2; UNKNOWN is for imported rows whose source does not say it. */
public enum FollowUpStatus {
    FULFILLED("Wordt invulling gegeven aan"),
    IN_PROGRESS("In uitvoering"),
    ONGOING("Doorlopend gedurende uitvoering programma"),
    DELAYED("In uitvoering met vertraging"),
    NOT_STARTED("Nog niet begonnen of afgebroken"),
    ABORTED("Nog niet begonnen of afgebroken"),
    UNKNOWN("Onbekend");

    private final String reportLabel;

    FollowUpStatus(String reportLabel) {
        this.reportLabel = reportLabel;
    }

    public String reportLabel() {
        return reportLabel;
    }
}
