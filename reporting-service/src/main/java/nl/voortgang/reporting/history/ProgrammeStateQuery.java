package nl.voortgang.reporting.history;

import java.time.Instant;
import java.time.LocalDate;

/** The programme on a calendar date (effective time) as it was known at an instant (transaction time). */
public record ProgrammeStateQuery(LocalDate date, Instant knownAt) {
}
