package nl.voortgang.motie.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.contracts.motie.MotieRegisteredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class Motie {

    @AggregateIdentifier
    private String motieId;
    private FollowUpStatus status;

    protected Motie() {
    }

    @CommandHandler
    public Motie(RegisterMotieCommand command) {
        apply(new MotieRegisteredEvent(command.motieId(), command.programme(), List.copyOf(command.submitters()),
                command.adoptedDate(), command.kamerstuk(), command.text(), command.textLost(),
                List.copyOf(command.responsible()), command.dueText(), command.dueDate(), command.status(),
                command.actor(), command.recordedAt(), command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(MotieRegisteredEvent event) {
        motieId = event.motieId();
        status = event.status();
    }
}
