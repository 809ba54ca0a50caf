package nl.voortgang.activity.command;

import java.time.Instant;
import java.time.LocalDate;

/** Who records a change, when it is recorded, and from which date it holds in the real world. */
public record Recording(String actor, Instant recordedAt, LocalDate effectiveDate) {
}
