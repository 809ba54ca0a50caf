package nl.voortgang.motie.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.voortgang.command.actor.ActorProvider;
import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.command.web.EffectiveDates;
import nl.voortgang.command.web.Versions;
import nl.voortgang.contracts.motie.FollowUpKind;
import nl.voortgang.motie.activity.KnownActivities;
import nl.voortgang.motie.command.ChangeDueDateCommand;
import nl.voortgang.motie.command.CorrectTextCommand;
import nl.voortgang.motie.command.FulfilCommand;
import nl.voortgang.motie.command.LinkToActivityCommand;
import nl.voortgang.motie.command.MergeWithCommand;
import nl.voortgang.motie.command.ReassignResponsibilityCommand;
import nl.voortgang.motie.command.RecordProgressCommand;
import nl.voortgang.motie.command.UnlinkFromActivityCommand;
import nl.voortgang.motie.directory.FollowUpDirectory;
import nl.voortgang.motie.web.FollowUpChangeRequests.DueDateChange;
import nl.voortgang.motie.web.FollowUpChangeRequests.Fulfilment;
import nl.voortgang.motie.web.FollowUpChangeRequests.Link;
import nl.voortgang.motie.web.FollowUpChangeRequests.Merge;
import nl.voortgang.motie.web.FollowUpChangeRequests.Progress;
import nl.voortgang.motie.web.FollowUpChangeRequests.Responsibility;
import nl.voortgang.motie.web.FollowUpChangeRequests.TextCorrection;
import nl.voortgang.problem.ProblemResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The changes a motie and a toezegging share, under /api/moties/{id}/... and /api/toezeggingen/{id}/...
 * Every answer carries the new version as ETag; If-Match makes the change conditional on it.
 */
abstract class FollowUpCommandEndpoints {

    static final String IF_MATCH_HELP = "De versie (ETag) waartegen de wijziging is gemaakt, bijvoorbeeld \"3\"; "
            + "is het intussen gewijzigd, dan volgt 412 met de huidige versie";

    private final FollowUpKind kind;
    protected final CommandGateway commands;
    protected final ActorProvider actors;
    protected final Clock clock;
    private final KnownActivities activities;
    private final FollowUpDirectory directory;

    FollowUpCommandEndpoints(FollowUpKind kind, CommandGateway commands, ActorProvider actors, Clock clock,
                             KnownActivities activities, FollowUpDirectory directory) {
        this.kind = kind;
        this.commands = commands;
        this.actors = actors;
        this.clock = clock;
        this.activities = activities;
        this.directory = directory;
    }

    @PostMapping("/{id}/progress")
    @Operation(summary = "Stand van zaken vastleggen", description = "Een gedateerde stand van zaken met de status waarin die "
            + "het laat; eerdere standen blijven bewaard. Na invulling alleen met \"reopen\": true.")
    ResponseEntity<?> recordProgress(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody Progress request) {
        return write(id, new RecordProgressCommand(id, kind, Versions.fromIfMatch(ifMatch), request.status(), request.text(),
                Boolean.TRUE.equals(request.reopen()), change(request.effectiveDate())));
    }

    @PostMapping("/{id}/fulfilment")
    @Operation(summary = "Invulling vastleggen", description = "Hiermee is invulling gegeven: met het document dat het deed, "
            + "bijvoorbeeld \"Kamerstukken II 2024/25, 28345, nr. 281\". Een openstaande termijn vervalt.")
    ResponseEntity<?> fulfil(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody Fulfilment request) {
        return write(id, new FulfilCommand(id, kind, Versions.fromIfMatch(ifMatch), request.document(), request.explanation(),
                change(request.effectiveDate())));
    }

    @PostMapping("/{id}/links")
    @Operation(summary = "Koppelen aan een activiteit", description = "Alleen aan een activiteit die motie-service kent; "
            + "een net geregistreerde activiteit kan een moment nodig hebben.")
    ResponseEntity<?> link(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody Link request) {
        if (!activities.contains(request.activityId())) {
            return unknownReference("activityId", "Er is hier geen activiteit met id " + request.activityId() + " bekend. "
                    + "motie-service hoort van activiteiten via voortgang.activity.events; een activiteit die zojuist is "
                    + "geregistreerd kan een paar seconden nodig hebben om aan te komen, dus probeer het zo opnieuw en "
                    + "controleer anders het id.");
        }
        return write(id, new LinkToActivityCommand(id, kind, Versions.fromIfMatch(ifMatch), request.activityId(),
                change(request.effectiveDate())));
    }

    @DeleteMapping("/{id}/links/{activityId}")
    @Operation(summary = "Koppeling met een activiteit opheffen")
    ResponseEntity<?> unlink(@PathVariable String id, @PathVariable String activityId, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Parameter(example = "Hoort bij een andere activiteit.") @RequestParam(required = false) String explanation,
            @Parameter(example = "2024-03-01", description = FollowUpChangeRequests.EFFECTIVE_DATE)
            @RequestParam(required = false) LocalDate effectiveDate) {
        return write(id, new UnlinkFromActivityCommand(id, kind, Versions.fromIfMatch(ifMatch), activityId, explanation,
                change(effectiveDate)));
    }

    @PostMapping("/{id}/responsibility")
    @Operation(summary = "Verantwoordelijkheid overdragen", description = "Bijvoorbeeld na een kabinetswissel.")
    ResponseEntity<?> reassign(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody Responsibility request) {
        return write(id, new ReassignResponsibilityCommand(id, kind, Versions.fromIfMatch(ifMatch), request.responsible(),
                request.explanation(), change(request.effectiveDate())));
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Samen oppakken met een andere motie of toezegging",
            description = "Legt vast dat dit samen met een andere wordt opgepakt; er wordt niets verwijderd.")
    ResponseEntity<?> merge(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody Merge request) {
        Optional<FollowUpKind> otherKind = directory.kindOf(request.withId());
        if (otherKind.isEmpty()) {
            return unknownReference("withId", "Er bestaat geen motie of toezegging met id " + request.withId() + "; controleer het id.");
        }
        return write(id, new MergeWithCommand(id, kind, Versions.fromIfMatch(ifMatch), request.withId(), otherKind.get(),
                request.explanation(), change(request.effectiveDate())));
    }

    @PostMapping("/{id}/text")
    @Operation(summary = "Tekst corrigeren")
    ResponseEntity<?> correctText(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody TextCorrection request) {
        return write(id, new CorrectTextCommand(id, kind, Versions.fromIfMatch(ifMatch), request.text(), request.explanation(),
                change(request.effectiveDate())));
    }

    @PostMapping("/{id}/due-date")
    @Operation(summary = "Termijn wijzigen", description = "Een nieuwe termijn zoals toegezegd (\"eind 2025\"); de tekst blijft "
            + "bewaard, de datum wordt eruit gelezen of expliciet gegeven.")
    ResponseEntity<?> changeDueDate(@PathVariable String id, @Parameter(description = IF_MATCH_HELP)
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @Valid @RequestBody DueDateChange request) {
        return write(id, new ChangeDueDateCommand(id, kind, Versions.fromIfMatch(ifMatch), request.dueText(), request.dueDate(),
                request.explanation(), change(request.effectiveDate())));
    }

    protected DatedChange change(LocalDate effectiveDate) {
        return new DatedChange(actors.currentActor(), clock.instant(), EffectiveDates.resolve(effectiveDate, clock));
    }

    private ResponseEntity<Versions.WriteResult> write(String id, Object command) {
        long version = commands.<Long>sendAndWait(command);
        return Versions.written(id, version);
    }

    private static ResponseEntity<Object> unknownReference(String field, String detail) {
        return ProblemResponse.of(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-reference", "Onbekende verwijzing", detail)
                .field(field).response();
    }
}
