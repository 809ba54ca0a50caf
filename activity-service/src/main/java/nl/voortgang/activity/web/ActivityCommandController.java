package nl.voortgang.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import nl.voortgang.activity.command.AbortActivityCommand;
import nl.voortgang.activity.command.ActivityChange;
import nl.voortgang.activity.command.ChangeActivityResponsibleCommand;
import nl.voortgang.activity.command.ChangeActivityStatusCommand;
import nl.voortgang.activity.command.CompleteActivityCommand;
import nl.voortgang.activity.command.CorrectActivityDetailsCommand;
import nl.voortgang.activity.command.DelayActivityCommand;
import nl.voortgang.activity.command.PlanningParser;
import nl.voortgang.activity.command.RegisterActivityCommand;
import nl.voortgang.activity.command.ReopenActivityCommand;
import nl.voortgang.activity.command.ReportActivityProgressCommand;
import nl.voortgang.activity.web.ActivityChangeRequests.Abort;
import nl.voortgang.activity.web.ActivityChangeRequests.Completion;
import nl.voortgang.activity.web.ActivityChangeRequests.Delay;
import nl.voortgang.activity.web.ActivityChangeRequests.DetailsCorrection;
import nl.voortgang.activity.web.ActivityChangeRequests.Progress;
import nl.voortgang.activity.web.ActivityChangeRequests.Reopen;
import nl.voortgang.activity.web.ActivityChangeRequests.ResponsibleChange;
import nl.voortgang.activity.web.ActivityChangeRequests.StatusChange;
import nl.voortgang.command.actor.ActorProvider;
import nl.voortgang.command.actor.IdGenerator;
import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.command.web.EffectiveDates;
import nl.voortgang.command.web.Versions;
import nl.voortgang.command.web.Versions.WriteResult;
import nl.voortgang.contracts.activity.ActivityStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/activities")
@Tag(name = "Activiteiten", description = "Activiteiten van een actieprogramma registreren en hun voortgang bijhouden. "
        + "Elke wijziging antwoordt {id, version} met de nieuwe versie als ETag; stuur die terug in If-Match "
        + "om niets ongemerkt te overschrijven, en een Idempotency-Key om veilig opnieuw te proberen.")
class ActivityCommandController {

    private static final String IF_MATCH_HELP = "De versie (ETag) waartegen de wijziging is gemaakt, bijvoorbeeld \"3\"; "
            + "is de activiteit intussen gewijzigd, dan volgt 412 met de huidige versie";

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
    @Operation(summary = "Activiteit registreren",
            description = "Legt een activiteit van een actielijn vast met planning (Wanneer), verantwoordelijken (Wie) en status.")
    ResponseEntity<WriteResult> register(@Valid @RequestBody RegisterActivityRequest request) {
        String id = ids.newId();
        commands.sendAndWait(new RegisterActivityCommand(id, request.programme(), request.actionLine(), request.code(),
                request.title(), request.description(), PlanningParser.parse("planning", request.planning()),
                request.originalPlanning() == null ? null : PlanningParser.parse("originalPlanning", request.originalPlanning()),
                request.responsible(), request.status() == null ? ActivityStatus.NOT_STARTED : request.status(),
                request.explanation(), change(request.effectiveDate())));
        return Versions.created("/api/activities/" + id, id, 0);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Status wijzigen", description = "Bijvoorbeeld van Nog niet begonnen naar In uitvoering. "
            + "Een afgeronde of afgebroken activiteit moet eerst heropend worden.")
    ResponseEntity<WriteResult> changeStatus(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody StatusChange request) {
        return write(new ChangeActivityStatusCommand(id, Versions.fromIfMatch(ifMatch), request.status(),
                request.explanation(), change(request.effectiveDate())));
    }

    @PostMapping("/{id}/delay")
    @Operation(summary = "Vertraging vastleggen", description = "Verschuift de planning naar later en zet de status op "
            + "In uitvoering met vertraging; de oorspronkelijke planning (van voor de eerste vertraging) blijft bewaard.")
    ResponseEntity<WriteResult> delay(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody Delay request) {
        return write(new DelayActivityCommand(id, Versions.fromIfMatch(ifMatch),
                PlanningParser.parse("newPlanning", request.newPlanning()), request.reason(), change(request.effectiveDate())));
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "Activiteit afronden", description = "Zet de status op Afgerond, met een toelichting.")
    ResponseEntity<WriteResult> complete(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) Completion request) {
        Completion body = request != null ? request : new Completion(null, null);
        return write(new CompleteActivityCommand(id, Versions.fromIfMatch(ifMatch), body.explanation(),
                change(body.effectiveDate())));
    }

    @PostMapping("/{id}/abort")
    @Operation(summary = "Activiteit afbreken", description = "Zet de status op afgebroken (in de rapportage: Nog niet "
            + "begonnen of afgebroken), met de reden.")
    ResponseEntity<WriteResult> abort(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody Abort request) {
        return write(new AbortActivityCommand(id, Versions.fromIfMatch(ifMatch), request.reason(),
                change(request.effectiveDate())));
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Activiteit heropenen", description = "Neemt een afgeronde of afgebroken activiteit weer op, "
            + "standaard als In uitvoering.")
    ResponseEntity<WriteResult> reopen(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) Reopen request) {
        Reopen body = request != null ? request : new Reopen(null, null, null);
        return write(new ReopenActivityCommand(id, Versions.fromIfMatch(ifMatch),
                body.status() == null ? ActivityStatus.IN_PROGRESS : body.status(), body.explanation(),
                change(body.effectiveDate())));
    }

    @PostMapping("/{id}/progress")
    @Operation(summary = "Voortgang rapporteren", description = "Een gedateerde voortgangstekst over een periode, "
            + "met kerncijfers zoals het aantal deelnemers aan workshops.")
    ResponseEntity<WriteResult> reportProgress(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody Progress request) {
        return write(new ReportActivityProgressCommand(id, Versions.fromIfMatch(ifMatch), request.period().strip(),
                request.text(), request.figures(), change(request.effectiveDate())));
    }

    @PostMapping("/{id}/responsible")
    @Operation(summary = "Verantwoordelijken wijzigen", description = "Vervangt de verantwoordelijke partijen (Wie), "
            + "bijvoorbeeld OCW en VWS.")
    ResponseEntity<WriteResult> changeResponsible(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ResponsibleChange request) {
        return write(new ChangeActivityResponsibleCommand(id, Versions.fromIfMatch(ifMatch), request.responsible(),
                request.explanation(), change(request.effectiveDate())));
    }

    @PostMapping("/{id}/details")
    @Operation(summary = "Titel of beschrijving corrigeren", description = "Corrigeert titel en/of beschrijving; "
            + "de vorige waarden blijven in de historie.")
    ResponseEntity<WriteResult> correctDetails(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody DetailsCorrection request) {
        return write(new CorrectActivityDetailsCommand(id, Versions.fromIfMatch(ifMatch), request.title(),
                request.description(), request.explanation(), change(request.effectiveDate())));
    }

    private ResponseEntity<WriteResult> write(ActivityChange command) {
        long version = commands.<Long>sendAndWait(command);
        return Versions.written(command.activityId(), version);
    }

    private DatedChange change(LocalDate requestedEffectiveDate) {
        return new DatedChange(actors.currentActor(), clock.instant(), EffectiveDates.resolve(requestedEffectiveDate, clock));
    }
}
