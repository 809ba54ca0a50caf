package nl.voortgang.reporting.current;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

record FollowUpView(
        String id,
        String kind,
        String programme,
        List<String> submitters,
        LocalDate adoptedDate,
        String kamerstuk,
        String occasion,
        LocalDate occasionDate,
        String text,
        boolean textLost,
        List<String> responsible,
        String dueText,
        LocalDate dueDate,
        String status,
        String statusLabel,
        long version,
        LocalDate effectiveDate,
        Instant recordedAt) {
}
