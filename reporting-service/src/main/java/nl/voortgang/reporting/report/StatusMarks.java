package nl.voortgang.reporting.report;

import java.util.List;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.motie.FollowUpStatus;

/**
 * The report legend's statuses with an icon each. The icons are plain shapes that every font
 * used here holds (the PDF embeds Liberation Sans), so each status reads the same in print,
 * on screen and in Word, and is told apart by shape and word as well as by colour.
 */
final class StatusMarks {

    static final ReportDocument.StatusMark COMPLETED = mark("\u25CF", "Afgerond", "completed");
    static final ReportDocument.StatusMark IN_PROGRESS = mark("\u25BA", "In uitvoering", "in-progress");
    static final ReportDocument.StatusMark ONGOING = mark("\u25CA", "Doorlopend gedurende uitvoering programma", "ongoing");
    static final ReportDocument.StatusMark DELAYED = mark("\u25B2", "In uitvoering met vertraging", "delayed");
    static final ReportDocument.StatusMark NOT_STARTED = mark("\u25CB", "Nog niet begonnen of afgebroken", "not-started");
    static final ReportDocument.StatusMark FULFILLED = mark("\u25CF", "Wordt invulling gegeven aan", "completed");
    static final ReportDocument.StatusMark UNKNOWN = mark("?", "Onbekend", "unknown");

    static final List<ReportDocument.StatusMark> ACTIVITY_LEGEND = List.of(COMPLETED, IN_PROGRESS, ONGOING, DELAYED,
            NOT_STARTED);
    static final List<ReportDocument.StatusMark> FOLLOW_UP_LEGEND = List.of(FULFILLED, IN_PROGRESS, ONGOING, DELAYED,
            NOT_STARTED);

    private StatusMarks() {
    }

    static ReportDocument.StatusMark of(ActivityStatus status) {
        return switch (status) {
            case COMPLETED -> COMPLETED;
            case IN_PROGRESS -> IN_PROGRESS;
            case ONGOING -> ONGOING;
            case DELAYED -> DELAYED;
            case NOT_STARTED, ABORTED -> NOT_STARTED;
            case UNKNOWN -> UNKNOWN;
        };
    }

    static ReportDocument.StatusMark of(FollowUpStatus status) {
        return switch (status) {
            case FULFILLED -> FULFILLED;
            case IN_PROGRESS -> IN_PROGRESS;
            case ONGOING -> ONGOING;
            case DELAYED -> DELAYED;
            case NOT_STARTED, ABORTED -> NOT_STARTED;
            case UNKNOWN -> UNKNOWN;
        };
    }

    private static ReportDocument.StatusMark mark(String icon, String label, String cssClass) {
        return new ReportDocument.StatusMark(icon, label, cssClass);
    }
}
