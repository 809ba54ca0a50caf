package nl.voortgang.reporting.dashboard;

import nl.voortgang.security.Caller;
import nl.voortgang.security.Ministries;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every dashboard page the Dutch vocabulary and what the logged-in user may do; templates may not reach into
 * the application context.
 */
@ControllerAdvice(assignableTypes = {OverviewController.class, EntityPageController.class})
class DashboardModel {

    private final Vocabulary vocabulary;
    private final Ministries ministries;

    DashboardModel(Vocabulary vocabulary, Ministries ministries) {
        this.vocabulary = vocabulary;
        this.ministries = ministries;
    }

    @ModelAttribute("access")
    DashboardAccess access() {
        return new DashboardAccess(Caller.current(), ministries);
    }

    @ModelAttribute("vocabulary")
    Vocabulary vocabulary() {
        return vocabulary;
    }
}
