package nl.voortgang.reporting.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.reporting.audit.AuditEntry;
import nl.voortgang.reporting.audit.AuditTrail;
import nl.voortgang.reporting.history.EntityType;
import nl.voortgang.reporting.history.EntityView;
import nl.voortgang.reporting.history.EntityView.ActivityView;
import nl.voortgang.reporting.history.EntityView.FollowUpView;
import nl.voortgang.reporting.history.ProgrammeStates;
import nl.voortgang.reporting.web.QueryTime;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A page per activity, motie and toezegging: its state on the viewed moment, every recorded change
 * (who, when, why, before and after), its links, and the forms for its commands; and the forms to
 * register new ones.
 */
@Controller
class EntityPageController {

    private final ProgrammeStates states;
    private final AuditTrail audit;
    private final DashboardProgramme programme;
    private final QueryTime time;

    EntityPageController(ProgrammeStates states, AuditTrail audit, DashboardProgramme programme, QueryTime time) {
        this.states = states;
        this.audit = audit;
        this.programme = programme;
        this.time = time;
    }

    @GetMapping("/activiteiten/{id}")
    String activity(@PathVariable String id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String knownAt, Model model, HttpServletResponse response) {
        ViewedMoment moment = fill(model, id, EntityType.ACTIVITY, date, knownAt, response);
        states.entityOnDate(id, EntityType.ACTIVITY, moment.query()).map(ActivityView.class::cast).ifPresent(activity -> {
            model.addAttribute("actionLineTitle", programme.title(activity.actionLine()));
            model.addAttribute("linkedFollowUps", linkedFollowUps(id, moment));
        });
        model.addAttribute("statuses", List.of(ActivityStatus.IN_PROGRESS, ActivityStatus.ONGOING, ActivityStatus.DELAYED,
                ActivityStatus.NOT_STARTED));
        model.addAttribute("reopenStatuses", List.of(ActivityStatus.IN_PROGRESS, ActivityStatus.ONGOING, ActivityStatus.DELAYED));
        return "activity";
    }

    @GetMapping("/moties/{id}")
    String motie(@PathVariable String id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String knownAt, Model model, HttpServletResponse response) {
        return followUp(id, EntityType.MOTIE, date, knownAt, model, response);
    }

    @GetMapping("/toezeggingen/{id}")
    String toezegging(@PathVariable String id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String knownAt, Model model, HttpServletResponse response) {
        return followUp(id, EntityType.TOEZEGGING, date, knownAt, model, response);
    }

    @GetMapping("/activiteiten/nieuw")
    String newActivity(Model model) {
        model.addAttribute("page", Page.of(ViewedMoment.from(null, null, time), time, programme.reportDates()));
        model.addAttribute("actionLines", programme.all());
        model.addAttribute("statuses", List.of(ActivityStatus.NOT_STARTED, ActivityStatus.IN_PROGRESS,
                ActivityStatus.ONGOING, ActivityStatus.DELAYED, ActivityStatus.COMPLETED));
        return "register-activity";
    }

    @GetMapping("/moties/nieuw")
    String newMotie(Model model) {
        return registerFollowUp(model, EntityType.MOTIE);
    }

    @GetMapping("/toezeggingen/nieuw")
    String newToezegging(Model model) {
        return registerFollowUp(model, EntityType.TOEZEGGING);
    }

    private String registerFollowUp(Model model, EntityType type) {
        model.addAttribute("page", Page.of(ViewedMoment.from(null, null, time), time, programme.reportDates()));
        model.addAttribute("kind", type);
        model.addAttribute("statuses", followUpStatuses());
        return "register-follow-up";
    }

    private String followUp(String id, EntityType type, String date, String knownAt, Model model,
            HttpServletResponse response) {
        ViewedMoment moment = fill(model, id, type, date, knownAt, response);
        states.entityOnDate(id, type, moment.query()).map(FollowUpView.class::cast).ifPresent(followUp ->
                model.addAttribute("linkedActivities", followUp.linkedActivities().stream()
                        .map(activityId -> states.entityOnDate(activityId, EntityType.ACTIVITY, moment.query()))
                        .flatMap(Optional::stream).map(ActivityView.class::cast).toList()));
        model.addAttribute("statuses", followUpStatuses());
        return "follow-up";
    }

    private ViewedMoment fill(Model model, String id, EntityType type, String date, String knownAt,
            HttpServletResponse response) {
        ViewedMoment moment = ViewedMoment.from(date, knownAt, time);
        Optional<EntityView> entity = states.entityOnDate(id, type, moment.query());
        List<AuditEntry> changes = audit.ofEntity(id).reversed();
        if (entity.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("page", Page.of(moment, time, programme.reportDates()));
        model.addAttribute("id", id);
        model.addAttribute("type", type);
        model.addAttribute("entity", entity.orElse(null));
        model.addAttribute("changes", changes);
        return moment;
    }

    private List<FollowUpView> linkedFollowUps(String activityId, ViewedMoment moment) {
        return List.of(EntityType.MOTIE, EntityType.TOEZEGGING).stream()
                .flatMap(type -> states.onDate(moment.query(), type).stream())
                .map(FollowUpView.class::cast)
                .filter(followUp -> followUp.linkedActivities().contains(activityId))
                .toList();
    }

    private static List<FollowUpStatus> followUpStatuses() {
        return List.of(FollowUpStatus.NOT_STARTED, FollowUpStatus.IN_PROGRESS, FollowUpStatus.ONGOING,
                FollowUpStatus.DELAYED, FollowUpStatus.ABORTED);
    }
}
