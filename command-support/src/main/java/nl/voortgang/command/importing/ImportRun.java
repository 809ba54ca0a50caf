package nl.voortgang.command.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nl.voortgang.command.domain.InvalidValueException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * How an uploaded file becomes registrations: read it, check its columns and every cell, and only
 * when nothing is wrong send all registrations in one transaction, so the whole file is imported
 * or nothing. Problems come back together, per row and column.
 */
public final class ImportRun {

    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    public ImportRun(CommandGateway commands, TransactionTemplate transaction) {
        this.commands = commands;
        this.transaction = transaction;
    }

    /** A checked row: the command that registers it, and what the answer lists for it. */
    public record Registration<T>(ImportRow row, Object command, T imported) {
    }

    public record ImportResult<T>(int imported, List<T> items) {
    }

    public <T> ResponseEntity<?> importFile(MultipartFile file, List<String> columns, List<String> required, String nothingToImport,
            BiFunction<ImportTable, List<ImportProblem>, List<Registration<T>>> check) throws IOException {
        try {
            ImportTable table = ImportTable.read(file.getOriginalFilename(), file.getBytes());
            List<ImportProblem> problems = new ArrayList<>(table.checkColumns(required, columns));
            if (!problems.isEmpty()) {
                return ImportResponses.rejected(problems);
            }
            problems.addAll(table.checkStorableText());
            List<Registration<T>> registrations = check.apply(table, problems);
            if (problems.isEmpty() && registrations.isEmpty()) {
                problems.add(new ImportProblem(0, "file", nothingToImport));
            }
            if (!problems.isEmpty()) {
                return ImportResponses.rejected(problems);
            }
            return ResponseEntity.status(HttpStatus.CREATED).body(transaction.execute(status -> registerAll(registrations)));
        } catch (ImportRejectedException e) {
            return ImportResponses.rejected(e.problems());
        }
    }

    private <T> ImportResult<T> registerAll(List<Registration<T>> registrations) {
        List<T> imported = new ArrayList<>();
        for (Registration<T> registration : registrations) {
            try {
                commands.sendAndWait(registration.command());
            } catch (RuntimeException e) {
                Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
                String column = cause instanceof InvalidValueException invalid ? invalid.field() : "row";
                throw new ImportRejectedException(List.of(new ImportProblem(registration.row().number(), column, cause.getMessage())));
            }
            imported.add(registration.imported());
        }
        return new ImportResult<>(imported.size(), imported);
    }
}
