package nl.voortgang.activity.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import nl.voortgang.contracts.activity.ActivityRegisteredEvent;
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.Planning;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class Activity {

    @AggregateIdentifier
    private String activityId;
    private ActivityStatus status;
    private Planning planning;
    private Planning originalPlanning;
    private List<String> responsible;

    protected Activity() {
    }

    @CommandHandler
    public Activity(RegisterActivityCommand command) {
        apply(new ActivityRegisteredEvent(command.activityId(), command.programme(), command.actionLine(),
                command.code(), command.title(), command.description(), command.planning(), command.originalPlanning(),
                List.copyOf(command.responsible()), command.status(), command.explanation(), command.actor(),
                command.recordedAt(), command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(ActivityRegisteredEvent event) {
        activityId = event.activityId();
        status = event.status();
        planning = event.planning();
        originalPlanning = event.originalPlanning();
        responsible = event.responsible();
    }
}
