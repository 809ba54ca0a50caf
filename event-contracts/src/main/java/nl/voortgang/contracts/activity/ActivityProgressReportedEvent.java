package nl.voortgang.contracts.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.voortgang.contracts.PublishedEvent;

/** A dated progress update, e.g. period "2024" with figures {"deelnemers workshops": 8320}. */
@PublishedEvent(name = "ActivityProgressReported", revision = 1)
public record ActivityProgressReportedEvent(
        String activityId,
        String period,
        String text,
        Map<String, BigDecimal> figures,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements ActivityEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
