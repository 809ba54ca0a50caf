package nl.voortgang.activity.web;

import jakarta.validation.Valid;
import java.time.Clock;
import nl.voortgang.activity.command.PlanningParser;
import nl.voortgang.activity.command.RegisterActivityCommand;
import nl.voortgang.command.actor.ActorProvider;
import nl.voortgang.command.actor.IdGenerator;
import nl.voortgang.command.web.EffectiveDates;
import nl.voortgang.command.web.Versions;
import nl.voortgang.contracts.activity.ActivityStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/activities")
class ActivityCommandController {

    private final CommandGateway commands;
    private final ActorProvider actors;
    private final Clock clock;
    private final IdGenerator ids;

    ActivityCommandController(CommandGateway commands, ActorProvider actors, Clock clock, IdGenerator ids) {
        this.commands = commands;
        this.actors = actors;
        this.clock = clock;
        this.ids = ids;
    }

    @PostMapping
    ResponseEntity<Versions.WriteResult> register(@Valid @RequestBody RegisterActivityRequest request) {
        String id = ids.newId();
        commands.sendAndWait(new RegisterActivityCommand(id, request.programme(), request.actionLine(), request.code(),
                request.title(), request.description(), PlanningParser.parse("planning", request.planning()),
                request.originalPlanning() == null ? null : PlanningParser.parse("originalPlanning", request.originalPlanning()),
                request.responsible(), request.status() == null ? ActivityStatus.NOT_STARTED : request.status(),
                request.explanation(), actors.currentActor(), clock.instant(),
                EffectiveDates.resolve(request.effectiveDate(), clock)));
        return Versions.created("/api/activities/" + id, id, 0);
    }
}
