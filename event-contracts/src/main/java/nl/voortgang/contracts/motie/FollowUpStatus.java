package nl.voortgang.contracts.motie;

import java.time.LocalDate;

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

    /**
     * The one definition of overdue: on the given date the due date has passed (overdue from the
     * day after it) and the item is not fulfilled. motie-service records it as FollowUpOverdue;
     * reporting-service reads it for any date.
     */
    public boolean isOverdueOn(LocalDate dueDate, LocalDate date) {
        return this != FULFILLED && dueDate != null && dueDate.isBefore(date);
    }
}
