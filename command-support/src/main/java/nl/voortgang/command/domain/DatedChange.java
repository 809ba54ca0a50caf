package nl.voortgang.command.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who records a change, when it is recorded (transaction time), and from which date it holds in the real world
 * (effective time). Every change to an activity, a motie or a toezegging carries these three facts, so both command
 * services share this one record.
 */
public record DatedChange(String actor, Instant recordedAt, LocalDate effectiveDate) {
}
