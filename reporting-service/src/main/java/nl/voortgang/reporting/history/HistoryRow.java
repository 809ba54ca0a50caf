package nl.voortgang.reporting.history;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the bitemporal history: a state, valid during [validFrom, validTo), known during [recordedFrom, recordedTo). */
record HistoryRow(LocalDate validFrom, LocalDate validTo, Instant recordedFrom, Instant recordedTo, EntityState state) {
}
