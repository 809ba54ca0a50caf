package nl.voortgang.reporting.summary;

import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.motie.FollowUpStatus;

final class StatusLabels {

    private StatusLabels() {
    }

    static String of(String entityType, String status) {
        return "ACTIVITY".equals(entityType) ? ActivityStatus.valueOf(status).reportLabel()
                : FollowUpStatus.valueOf(status).reportLabel();
    }
}
