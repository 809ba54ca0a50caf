package nl.voortgang.reporting.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.reporting.web.NotFoundException;
import nl.voortgang.reporting.web.QueryTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme and its entities on a date (effective time, default today) as known at an instant
 * (transaction time, default now). Without both, this is the current state.
 */
@RestController
class ProgrammeStateController {

    record ProgrammeState(LocalDate date, Instant knownAt, List<EntityView> activities, List<EntityView> moties,
            List<EntityView> toezeggingen) {
    }

    private final HistoryRepository history;
    private final QueryTime time;

    ProgrammeStateController(HistoryRepository history, QueryTime time) {
        this.history = history;
        this.time = time;
    }

    @GetMapping("/api/programme/state")
    ProgrammeState programme(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Instant knownAt) {
        ProgrammeStateQuery query = query(date, knownAt);
        List<HistoryRow> rows = history.onDate(query, List.of(EntityType.values()), EntityFilter.NONE);
        return new ProgrammeState(query.date(), query.knownAt(), views(rows, EntityType.ACTIVITY, query),
                views(rows, EntityType.MOTIE, query), views(rows, EntityType.TOEZEGGING, query));
    }

    @GetMapping("/api/activities")
    List<EntityView> activities(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Instant knownAt, @RequestParam(required = false) Integer actionLine,
            @RequestParam(required = false) ActivityStatus status, @RequestParam(required = false) String responsible) {
        return list(EntityType.ACTIVITY, query(date, knownAt),
                new EntityFilter(actionLine, status == null ? null : status.name(), ministry(responsible)));
    }

    @GetMapping("/api/moties")
    List<EntityView> moties(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Instant knownAt, @RequestParam(required = false) FollowUpStatus status,
            @RequestParam(required = false) String responsible) {
        return list(EntityType.MOTIE, query(date, knownAt),
                new EntityFilter(null, status == null ? null : status.name(), ministry(responsible)));
    }

    @GetMapping("/api/toezeggingen")
    List<EntityView> toezeggingen(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Instant knownAt, @RequestParam(required = false) FollowUpStatus status,
            @RequestParam(required = false) String responsible) {
        return list(EntityType.TOEZEGGING, query(date, knownAt),
                new EntityFilter(null, status == null ? null : status.name(), ministry(responsible)));
    }

    @GetMapping("/api/activities/{id}")
    EntityView activity(@PathVariable String id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Instant knownAt) {
        return one(id, EntityType.ACTIVITY, query(date, knownAt));
    }

    @GetMapping("/api/moties/{id}")
    EntityView motie(@PathVariable String id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Instant knownAt) {
        return one(id, EntityType.MOTIE, query(date, knownAt));
    }

    @GetMapping("/api/toezeggingen/{id}")
    EntityView toezegging(@PathVariable String id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Instant knownAt) {
        return one(id, EntityType.TOEZEGGING, query(date, knownAt));
    }

    @GetMapping("/api/activities/{id}/history")
    List<EntityView.HistoryEntry> activityHistory(@PathVariable String id, @RequestParam(required = false) Instant knownAt) {
        return history(id, EntityType.ACTIVITY, knownAt);
    }

    @GetMapping("/api/moties/{id}/history")
    List<EntityView.HistoryEntry> motieHistory(@PathVariable String id, @RequestParam(required = false) Instant knownAt) {
        return history(id, EntityType.MOTIE, knownAt);
    }

    @GetMapping("/api/toezeggingen/{id}/history")
    List<EntityView.HistoryEntry> toezeggingHistory(@PathVariable String id, @RequestParam(required = false) Instant knownAt) {
        return history(id, EntityType.TOEZEGGING, knownAt);
    }

    private ProgrammeStateQuery query(LocalDate date, Instant knownAt) {
        return new ProgrammeStateQuery(time.dateOrToday(date), time.knownAtOrNow(knownAt));
    }

    private List<EntityView> list(EntityType type, ProgrammeStateQuery query, EntityFilter filter) {
        return history.onDate(query, List.of(type), filter).stream().map(row -> EntityView.of(row, query.date())).toList();
    }

    private static List<EntityView> views(List<HistoryRow> rows, EntityType type, ProgrammeStateQuery query) {
        return rows.stream().filter(row -> row.state().type() == type).map(row -> EntityView.of(row, query.date())).toList();
    }

    private EntityView one(String id, EntityType type, ProgrammeStateQuery query) {
        return history.entityOnDate(id, type, query).map(row -> EntityView.of(row, query.date()))
                .orElseThrow(() -> notFound(id, type, query));
    }

    private List<EntityView.HistoryEntry> history(String id, EntityType type, Instant knownAt) {
        List<EntityView.HistoryEntry> entries = history.history(id, type, knownAt).stream().map(EntityView::entry).toList();
        if (entries.isEmpty()) {
            throw new NotFoundException("Er is geen " + type.dutchName() + " met id " + id + " bekend"
                    + (knownAt == null ? "" : " op " + knownAt) + "; controleer het id, of probeer het zo opnieuw als het net is aangemaakt.");
        }
        return entries;
    }

    private NotFoundException notFound(String id, EntityType type, ProgrammeStateQuery query) {
        if (history.history(id, type, null).isEmpty()) {
            return new NotFoundException("Er is (nog) geen " + type.dutchName() + " met id " + id
                    + " bekend; controleer het id, of probeer het zo opnieuw als het net is aangemaakt.");
        }
        return new NotFoundException("De " + type.dutchName() + " " + id + " bestond nog niet op " + query.date()
                + " volgens wat bekend was op " + query.knownAt() + "; kies een latere date of knownAt (zie de /history).");
    }

    private static String ministry(String responsible) {
        return responsible == null || responsible.isBlank() ? null : responsible.trim().toUpperCase(Locale.ROOT);
    }
}
