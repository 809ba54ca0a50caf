package nl.voortgang.motie.web;

import jakarta.validation.Valid;
import java.time.Clock;
import nl.voortgang.command.actor.ActorProvider;
import nl.voortgang.command.actor.IdGenerator;
import nl.voortgang.command.web.EffectiveDates;
import nl.voortgang.command.web.Versions;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.contracts.motie.Kamerstuk;
import nl.voortgang.motie.command.ChangeContext;
import nl.voortgang.motie.command.RegisterMotieCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/moties")
class MotieCommandController {

    private final CommandGateway commands;
    private final ActorProvider actors;
    private final Clock clock;
    private final IdGenerator ids;

    MotieCommandController(CommandGateway commands, ActorProvider actors, Clock clock, IdGenerator ids) {
        this.commands = commands;
        this.actors = actors;
        this.clock = clock;
        this.ids = ids;
    }

    @PostMapping
    ResponseEntity<Versions.WriteResult> register(@Valid @RequestBody RegisterMotieRequest request) {
        String id = ids.newId();
        Kamerstuk kamerstuk = request.dossier() == null ? null
                : new Kamerstuk(request.parliamentaryYear(), request.dossier(), request.number());
        commands.sendAndWait(new RegisterMotieCommand(id, request.programme(), request.submitters(),
                request.adoptedDate(), kamerstuk, request.text(),
                request.responsible(), request.dueText(), request.dueDate(),
                request.status() == null ? FollowUpStatus.NOT_STARTED : request.status(),
                new ChangeContext(actors.currentActor(), clock.instant(), EffectiveDates.resolve(request.effectiveDate(), clock))));
        return Versions.created("/api/moties/" + id, id, 0);
    }
}
