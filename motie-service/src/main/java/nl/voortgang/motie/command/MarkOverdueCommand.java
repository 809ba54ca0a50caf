package nl.voortgang.motie.command;

import java.time.Instant;
import java.time.LocalDate;
import nl.voortgang.contracts.motie.FollowUpKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the deadline scheduler when the due date it knows of has passed; harmless when it no longer applies. */
public record MarkOverdueCommand(@TargetAggregateIdentifier String itemId, FollowUpKind kind, LocalDate dueDate, Instant now) {
}
