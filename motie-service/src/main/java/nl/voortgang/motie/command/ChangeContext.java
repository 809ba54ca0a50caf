package nl.voortgang.motie.command;

import java.time.Instant;
import java.time.LocalDate;

/** Who made a change, when it was recorded, and the day it holds in the real world. */
public record ChangeContext(String actor, Instant recordedAt, LocalDate effectiveDate) {
}
