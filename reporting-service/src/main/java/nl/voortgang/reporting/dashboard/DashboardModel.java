package nl.voortgang.reporting.dashboard;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every dashboard page the Dutch vocabulary; templates may not reach into the application context. */
@ControllerAdvice(assignableTypes = {OverviewController.class, EntityPageController.class})
class DashboardModel {

    private final Vocabulary vocabulary;

    DashboardModel(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @ModelAttribute("vocabulary")
    Vocabulary vocabulary() {
        return vocabulary;
    }
}
