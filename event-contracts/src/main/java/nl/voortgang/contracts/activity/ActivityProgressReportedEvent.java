package nl.voortgang.contracts.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.voortgang.contracts.DomainEvent;

/** A dated progress update, e.g. period "2024" with figures {"deelnemers workshops": 8320}. */
public record ActivityProgressReportedEvent(
        String activityId,
        String period,
        String text,
        Map<String, BigDecimal> figures,
        String actor,
        Instant recordedAt,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String aggregateId() {
        return activityId;
    }
}
