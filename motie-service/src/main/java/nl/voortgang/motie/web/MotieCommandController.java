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
import nl.voortgang.contracts.motie.Kamerstuk;
import nl.voortgang.motie.activity.KnownActivities;
import nl.voortgang.motie.command.RegisterMotieCommand;
import nl.voortgang.motie.directory.FollowUpDirectory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/moties")
@Tag(name = "Moties", description = "Aangenomen moties volgen tot er invulling aan is gegeven. Elke wijziging antwoordt "
        + "{id, version} met de nieuwe versie als ETag; stuur die terug in If-Match, en een Idempotency-Key om veilig opnieuw te proberen.")
class MotieCommandController extends FollowUpCommandEndpoints {

    private final IdGenerator ids;

    MotieCommandController(CommandGateway commands, ActorProvider actors, Clock clock, IdGenerator ids,
                           KnownActivities activities, FollowUpDirectory directory) {
        super(FollowUpKind.MOTIE, commands, actors, clock, activities, directory);
        this.ids = ids;
    }

    @PostMapping
    @Operation(summary = "Motie registreren", description = "Met indieners, datum van aanneming, Kamerstuk, verzoek, "
            + "verantwoordelijke bewindspersonen en eventueel een termijn.")
    ResponseEntity<Versions.WriteResult> register(@Valid @RequestBody RegisterMotieRequest request) {
        String id = ids.newId();
        Kamerstuk kamerstuk = request.dossier() == null ? null
                : new Kamerstuk(request.parliamentaryYear(), request.dossier(), request.number());
        commands.sendAndWait(new RegisterMotieCommand(id, request.programme(), request.submitters(),
                request.adoptedDate(), kamerstuk, request.text(), request.responsible(), request.dueText(), request.dueDate(),
                request.status() == null ? FollowUpStatus.NOT_STARTED : request.status(), change(request.effectiveDate())));
        return Versions.created("/api/moties/" + id, id, 0);
    }
}
