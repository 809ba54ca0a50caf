package nl.voortgang.contracts.activity;

import java.time.LocalDate;

/**
 * A planning as people write it in the reports ("Q3 2024", "Vanaf 2023") with the period it
 * stands for. An open-ended planning ("Vanaf ...") has no end.
 */
public record Planning(String text, LocalDate start, LocalDate end) {
}
