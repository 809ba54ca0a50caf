package nl.voortgang.motie.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import nl.voortgang.command.actor.ActorProvider;
import nl.voortgang.command.actor.IdGenerator;
import nl.voortgang.command.web.Versions;
import nl.voortgang.contracts.motie.FollowUpKind;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.motie.activity.KnownActivities;
import nl.voortgang.motie.command.RegisterToezeggingCommand;
import nl.voortgang.motie.directory.FollowUpDirectory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/toezeggingen")
@Tag(name = "Toezeggingen", description = "Toezeggingen uit debatten en brieven volgen tot er invulling aan is gegeven; "
        + "een verstreken termijn wordt gemeld. Elke wijziging antwoordt {id, version} met de nieuwe versie als ETag.")
class ToezeggingCommandController extends FollowUpCommandEndpoints {

    private final IdGenerator ids;

    ToezeggingCommandController(CommandGateway commands, ActorProvider actors, Clock clock, IdGenerator ids,
                                KnownActivities activities, FollowUpDirectory directory) {
        super(FollowUpKind.TOEZEGGING, commands, actors, clock, activities, directory);
        this.ids = ids;
    }

    @PostMapping
    @Operation(summary = "Toezegging registreren", description = "Met de gelegenheid en datum, de tekst, de verantwoordelijken "
            + "en de termijn zoals toegezegd (\"na de zomer\"); de termijn wordt waar mogelijk als datum gelezen.")
    ResponseEntity<Versions.WriteResult> register(@Valid @RequestBody RegisterToezeggingRequest request) {
        String id = ids.newId();
        commands.sendAndWait(new RegisterToezeggingCommand(id, request.programme(), request.occasion(), request.occasionDate(),
                request.text(), request.responsible(), request.dueText(), request.dueDate(),
                request.status() == null ? FollowUpStatus.NOT_STARTED : request.status(), change(request.effectiveDate())));
        return Versions.created("/api/toezeggingen/" + id, id, 0);
    }
}
