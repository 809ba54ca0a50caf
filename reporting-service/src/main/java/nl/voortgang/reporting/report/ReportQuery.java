package nl.voortgang.reporting.report;

import java.time.Instant;
import java.time.LocalDate;

/** Which programme, on which date, as known at which instant: the three inputs that fix a report's content. */
record ReportQuery(String programme, LocalDate date, Instant knownAt) {
}
