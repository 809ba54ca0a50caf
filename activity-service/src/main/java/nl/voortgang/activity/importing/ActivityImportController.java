package nl.voortgang.activity.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.voortgang.activity.command.ActivityLimits;
import nl.voortgang.activity.command.PlanningParser;
import nl.voortgang.activity.command.RegisterActivityCommand;
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
import nl.voortgang.contracts.activity.ActivityStatus;
import nl.voortgang.contracts.activity.Planning;
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
@Tag(name = "Import", description = "Activiteiten van een programma in één keer registreren uit een CSV- of XLSX-bestand, "
        + "één regel per activiteit. Elke regel wordt eerst gecontroleerd; het hele bestand wordt geïmporteerd of niets.")
class ActivityImportController {

    static final List<String> COLUMNS = List.of("programme", "actionLine", "code", "title", "description", "planning",
            "originalPlanning", "responsible", "status", "explanation", "effectiveDate");
    static final List<String> REQUIRED = List.of("programme", "actionLine", "title", "planning", "responsible");
    static final List<String> EXAMPLE = List.of("NAP", "1", "NAP-1.02",
            "Campagne over gewenste omgangsvormen op de werkvloer", "Eerste campagne onder de regel 'met elkaar trekken we de grens'.",
            "Q1 2024", "Q4 2023", "OCW;SZW", "IN_PROGRESS", "De campagne start rond de conferentie op 21 maart 2024.", "2024-03-18");

    record ImportedActivity(int row, String code, String id) {
    }

    private final ActorProvider actors;
    private final Clock clock;
    private final IdGenerator ids;
    private final ImportRun run;

    ActivityImportController(CommandGateway commands, ActorProvider actors, Clock clock, IdGenerator ids,
            TransactionTemplate transaction) {
        this.actors = actors;
        this.clock = clock;
        this.ids = ids;
        this.run = new ImportRun(commands, transaction);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Activiteiten importeren", description = "Een CSV (UTF-8) of XLSX met de kolommen van het sjabloon "
            + "(GET /api/imports/template.csv of .xlsx); responsible met ; gescheiden. Fouten komen per regel en kolom terug.")
    ResponseEntity<?> importActivities(@RequestParam("file") MultipartFile file) throws IOException {
        return run.importFile(file, COLUMNS, REQUIRED, "Het bestand bevat geen activiteiten onder de kopregel.", this::validated);
    }

    @GetMapping(value = {"/template", "/template.csv"})
    @Operation(summary = "Sjabloon (CSV)", description = "De kolommen met één voorbeeldregel.")
    ResponseEntity<byte[]> csvTemplate() {
        return ImportResponses.csvTemplate("activiteiten", COLUMNS, EXAMPLE);
    }

    @GetMapping("/template.xlsx")
    @Operation(summary = "Sjabloon (XLSX)", description = "De kolommen met één voorbeeldregel.")
    ResponseEntity<byte[]> xlsxTemplate() {
        return ImportResponses.xlsxTemplate("activiteiten", COLUMNS, EXAMPLE);
    }

    private List<Registration<ImportedActivity>> validated(ImportTable table, List<ImportProblem> problems) {
        List<Registration<ImportedActivity>> registrations = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        String actor = actors.currentActor();
        for (ImportRow row : table.rows()) {
            RowCheck check = new RowCheck(row, problems);
            String programme = check.required("programme", TextLimits.PROGRAMME);
            Integer actionLine = check.number("actionLine", ActivityLimits.ACTION_LINE_MIN, ActivityLimits.ACTION_LINE_MAX);
            String code = check.optional("code", ActivityLimits.CODE);
            if (code != null && codes.putIfAbsent(code, row.number()) != null) {
                check.problem("code", "De code " + code + " staat ook op regel " + codes.get(code) + "; elke code één keer.");
            }
            String title = check.required("title", ActivityLimits.TITLE);
            String description = check.optional("description", TextLimits.LONG_TEXT);
            Planning planning = planning(check, "planning", true);
            Planning originalPlanning = planning(check, "originalPlanning", false);
            List<String> responsible = check.list("responsible", ActivityLimits.RESPONSIBLE, "Noem ten minste één verantwoordelijke (Wie), meerdere gescheiden door ;, bijvoorbeeld OCW;SZW.");
            ActivityStatus status = check.choice("status", ActivityStatus.class);
            String explanation = check.optional("explanation", TextLimits.LONG_TEXT);
            LocalDate effectiveDate = check.effectiveDate(clock);
            if (check.passed()) {
                String id = ids.newId();
                registrations.add(new Registration<>(row, new RegisterActivityCommand(id, programme, actionLine, code,
                        title, description, planning, originalPlanning, responsible,
                        status == null ? ActivityStatus.NOT_STARTED : status, explanation,
                        new DatedChange(actor, clock.instant(), effectiveDate)), new ImportedActivity(row.number(), code, id)));
            }
        }
        return registrations;
    }

    private static Planning planning(RowCheck check, String column, boolean required) {
        String value = required ? check.required(column, ActivityLimits.PLANNING) : check.optional(column, ActivityLimits.PLANNING);
        if (value == null) {
            return null;
        }
        try {
            return PlanningParser.parse(column, value);
        } catch (InvalidValueException e) {
            check.problem(column, e.getMessage());
            return null;
        }
    }
}
