package nl.voortgang.reporting.history;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The entities on a date as known at an instant, for readers outside this package (the dashboard):
 * the same rows and views the JSON API serves, so a page and the API never disagree.
 */
@Service
public class ProgrammeStates {

    private final HistoryRepository history;

    ProgrammeStates(HistoryRepository history) {
        this.history = history;
    }

    public List<EntityView> onDate(ProgrammeStateQuery query, EntityType type) {
        return history.onDate(query, List.of(type), EntityFilter.NONE).stream()
                .map(row -> EntityView.of(row, query.date())).toList();
    }

    public Optional<EntityView> entityOnDate(String id, EntityType type, ProgrammeStateQuery query) {
        return history.entityOnDate(id, type, query).map(row -> EntityView.of(row, query.date()));
    }
}
