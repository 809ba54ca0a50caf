package nl.voortgang.reporting.current;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record ActivityView(
        String id,
        String programme,
        int actionLine,
        String code,
        String title,
        String description,
        PlanningView planning,
        PlanningView originalPlanning,
        List<String> responsible,
        String status,
        String statusLabel,
        String explanation,
        long version,
        LocalDate effectiveDate,
        Instant recordedAt) {

    record PlanningView(String text, LocalDate start, LocalDate end) {
    }
}
