package nl.voortgang.motie.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.command.actor.ActorProvider;
import nl.voortgang.command.actor.IdGenerator;
import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.command.domain.InvalidValueException;
import nl.voortgang.command.domain.TextLimits;
import nl.voortgang.command.importing.ImportProblem;
import nl.voortgang.command.importing.ImportResponses;
import nl.voortgang.command.importing.ImportRow;
import nl.voortgang.command.importing.ImportRun;
import nl.voortgang.command.importing.ImportRun.Registration;
import nl.voortgang.command.importing.ImportTable;
import nl.voortgang.command.importing.RowCheck;
import nl.voortgang.contracts.motie.FollowUpKind;
import nl.voortgang.contracts.motie.FollowUpStatus;
import nl.voortgang.contracts.motie.Kamerstuk;
import nl.voortgang.motie.command.FollowUpLimits;
import nl.voortgang.motie.command.RegisterMotieCommand;
import nl.voortgang.motie.command.RegisterToezeggingCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/imports")
@Tag(name = "Import", description = "Moties en toezeggingen in één keer registreren uit een CSV- of XLSX-bestand, één regel "
        + "per motie of toezegging (kolom kind). Elke regel wordt eerst gecontroleerd; het hele bestand wordt geïmporteerd of niets.")
class FollowUpImportController {

    static final List<String> COLUMNS = List.of("kind", "programme", "submitters", "adoptedDate", "parliamentaryYear",
            "dossier", "number", "occasion", "occasionDate", "text", "responsible", "dueText", "dueDate", "status",
            "effectiveDate");
    static final List<String> REQUIRED = List.of("kind", "programme", "responsible");
    static final List<String> EXAMPLE = List.of("MOTIE", "NAP", "Van der Laan c.s.", "2022-06-30", "2021/22", "35925-VIII",
            "124", "", "", "De Tweede Kamer verzoekt de regering in beeld te brengen wat er nodig is om de GREVIO-aanbeveling te implementeren.",
            "SOCW", "voor de zomer van 2025", "", "IN_PROGRESS", "2023-01-13");

    record ImportedFollowUp(int row, String kind, String id) {
    }

    private final ActorProvider actors;
    private final Clock clock;
    private final IdGenerator ids;
    private final ImportRun run;

    FollowUpImportController(CommandGateway commands, ActorProvider actors, Clock clock, IdGenerator ids,
            TransactionTemplate transaction) {
        this.actors = actors;
        this.clock = clock;
        this.ids = ids;
        this.run = new ImportRun(commands, transaction);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Moties en toezeggingen importeren", description = "Een CSV (UTF-8) of XLSX met de kolommen van het "
            + "sjabloon (GET /api/imports/template.csv of .xlsx); kind is MOTIE of TOEZEGGING, meerdere indieners en "
            + "verantwoordelijken met ; gescheiden. Fouten komen per regel en kolom terug.")
    ResponseEntity<?> importFollowUps(@RequestParam("file") MultipartFile file) throws IOException {
        return run.importFile(file, COLUMNS, REQUIRED, "Het bestand bevat geen moties of toezeggingen onder de kopregel.", this::validated);
    }

    @GetMapping(value = {"/template", "/template.csv"})
    @Operation(summary = "Sjabloon (CSV)", description = "De kolommen met één voorbeeldregel.")
    ResponseEntity<byte[]> csvTemplate() {
        return ImportResponses.csvTemplate("moties-en-toezeggingen", COLUMNS, EXAMPLE);
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "Sjabloon (XLSX)", description = "De kolommen met één voorbeeldregel.")
    ResponseEntity<byte[]> xlsxTemplate() {
        return ImportResponses.xlsxTemplate("moties-en-toezeggingen", COLUMNS, EXAMPLE);
    }

    private List<Registration<ImportedFollowUp>> validated(ImportTable table, List<ImportProblem> problems) {
        List<Registration<ImportedFollowUp>> registrations = new ArrayList<>();
        String actor = actors.currentActor();
        for (ImportRow row : table.rows()) {
            RowCheck check = new RowCheck(row, problems);
            FollowUpKind kind = check.choice("kind", FollowUpKind.class);
            if (kind == null && row.text("kind") == null) {
                check.problem("kind", "kind is verplicht: MOTIE of TOEZEGGING.");
            }
            String programme = check.required("programme", TextLimits.PROGRAMME);
            List<String> responsible = check.list("responsible", FollowUpLimits.RESPONSIBLE,
                    "Noem ten minste één verantwoordelijke bewindspersoon, meerdere gescheiden door ;, bijvoorbeeld SOCW;MJenV.");
            String text = kind == FollowUpKind.TOEZEGGING ? check.required("text", TextLimits.LONG_TEXT) : check.optional("text", TextLimits.LONG_TEXT);
            List<String> submitters = check.list("submitters", FollowUpLimits.SUBMITTER,
                    kind == FollowUpKind.MOTIE ? "Noem ten minste één indiener van de motie, bijvoorbeeld Van der Laan c.s." : null);
            LocalDate adoptedDate = check.date("adoptedDate");
            String parliamentaryYear = check.optional("parliamentaryYear", FollowUpLimits.KAMERSTUK_PART);
            String dossier = check.optional("dossier", FollowUpLimits.KAMERSTUK_PART);
            String number = check.optional("number", FollowUpLimits.KAMERSTUK_PART);
            String occasion = check.optional("occasion", FollowUpLimits.OCCASION);
            LocalDate occasionDate = check.date("occasionDate");
            String dueText = check.optional("dueText", FollowUpLimits.DUE_TEXT);
            LocalDate dueDate = check.date("dueDate");
            FollowUpStatus status = check.choice("status", FollowUpStatus.class);
            LocalDate effectiveDate = check.effectiveDate(clock);
            if (!check.passed() || kind == null) {
                continue;
            }
            String id = ids.newId();
            DatedChange change = new DatedChange(actor, clock.instant(), effectiveDate);
            FollowUpStatus initial = status == null ? FollowUpStatus.NOT_STARTED : status;
            Object command = kind == FollowUpKind.MOTIE
                    ? new RegisterMotieCommand(id, programme, submitters, adoptedDate,
                    dossier == null ? null : new Kamerstuk(parliamentaryYear, dossier, number), text, responsible, dueText,
                    dueDate, initial, change)
                    : new RegisterToezeggingCommand(id, programme, occasion, occasionDate, text, responsible, dueText, dueDate,
                    initial, change);
            registrations.add(new Registration<>(row, command, new ImportedFollowUp(row.number(), kind.name(), id)));
        }
        return registrations;
    }
}
