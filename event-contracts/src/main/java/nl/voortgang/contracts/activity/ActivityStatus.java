package nl.voortgang.contracts.activity;

/**
 * The status legend of the progress reports. NOT_STARTED and ABORTED are shown together in the
 * reports ("Nog niet begonnen of afgebroken") but kept apart here so nothing is lost. UNKNOWN is
 * for imported rows whose source does not say the status.
 */
public enum ActivityStatus {
    COMPLETED("Afgerond"),
    IN_PROGRESS("In uitvoering"),
    ONGOING("Doorlopend gedurende uitvoering programma"),
    DELAYED("In uitvoering met vertraging"),
    NOT_STARTED("Nog niet begonnen of afgebroken"),
    ABORTED("Nog niet begonnen of afgebroken"),
    UNKNOWN("Onbekend");

    private final String reportLabel;

    ActivityStatus(String reportLabel) {
        this.reportLabel = reportLabel;
    }

    public String reportLabel() {
        return reportLabel;
    }

    public boolean isClosed() {
        return this == COMPLETED || this == ABORTED;
    }
}
