package nl.voortgang.reporting.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.voortgang.reporting.delays.DelaysRepository;
import nl.voortgang.reporting.history.EntityType;

import nl.voortgang.reporting.history.EntityView.FollowUpView;
import nl.voortgang.reporting.history.ProgrammeStateQuery;
import nl.voortgang.reporting.history.ProgrammeStates;
import nl.voortgang.reporting.summary.ProgrammeSummaries;
import nl.voortgang.reporting.summary.ProgrammeSummaries.Cell;
import nl.voortgang.reporting.web.QueryTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview: the programme on the viewed moment per action line and ministry, the slipped
 * activities, the moties and toezeggingen with the overdue ones first, and the live feed. The
 * content part is also served alone, so the page can refresh it when a change arrives.
 */
@Controller
class OverviewController {

    private static final Comparator<FollowUpView> OVERDUE_FIRST = Comparator.comparing(FollowUpView::overdue).reversed()
            .thenComparing(FollowUpView::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FollowUpView::id);

    private final ProgrammeSummaries summaries;
    private final DelaysRepository delays;
    private final ProgrammeStates states;
    private final DashboardProgramme programme;
    private final QueryTime time;

    OverviewController(ProgrammeSummaries summaries, DelaysRepository delays, ProgrammeStates states,
            DashboardProgramme programme, QueryTime time) {
        this.summaries = summaries;
        this.delays = delays;
        this.states = states;
        this.programme = programme;
        this.time = time;
    }

    @GetMapping("/")
    String overview(@RequestParam(required = false) String date, @RequestParam(required = false) String knownAt, Model model) {
        fill(model, ViewedMoment.from(date, knownAt, time));
        return "overview";
    }

    @GetMapping("/overzicht/inhoud")
    String overviewContent(@RequestParam(required = false) String date, @RequestParam(required = false) String knownAt,
            Model model) {
        fill(model, ViewedMoment.from(date, knownAt, time));
        return "overview :: content";
    }

    private void fill(Model model, ViewedMoment moment) {
        ProgrammeStateQuery query = moment.query();
        ProgrammeSummaries.Summary summary = summaries.on(query);
        List<StatusTable.Column> activityLegend = StatusTable.activityColumns();
        model.addAttribute("page", Page.of(moment, time, programme.reportDates()));
        model.addAttribute("perActionLine", StatusTable.of("Activiteiten per actielijn en status", "Actielijn",
                activityLegend, summary.activities().perActionLineAndStatus(),
                group -> group + ". " + programme.title(Integer.parseInt(group))));
        model.addAttribute("perMinistry", StatusTable.of("Activiteiten per ministerie of partij en status",
                "Ministerie of partij", activityLegend, summary.activities().perResponsibleAndStatus(), group -> group));
        model.addAttribute("followUpsPerStatus", StatusTable.of("Moties en toezeggingen per status", "Soort",
                StatusTable.followUpColumns(), Stream.concat(
                        relabel(summary.moties().perStatus(), "Moties"),
                        relabel(summary.toezeggingen().perStatus(), "Toezeggingen")).toList(), group -> group));
        model.addAttribute("slipped", delays.slipped(query));
        model.addAttribute("followUps", Stream.concat(states.onDate(query, EntityType.MOTIE).stream(),
                        states.onDate(query, EntityType.TOEZEGGING).stream())
                .map(FollowUpView.class::cast).sorted(OVERDUE_FIRST).toList());
        model.addAttribute("overdueCount", summary.overdue().size());
        model.addAttribute("actionLines", programme.all());
        model.addAttribute("ministries", summary.activities().perResponsibleAndStatus().stream().map(Cell::group)
                .distinct().sorted().toList());
        model.addAttribute("activityCount", summary.activities().perStatus().stream().mapToLong(Cell::count).sum());
    }

    private static Stream<Cell> relabel(List<Cell> cells, String group) {
        return cells.stream().map(cell -> new Cell(group, cell.status(), cell.statusLabel(), cell.count()));
    }
}
