package nl.voortgang.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import nl.voortgang.problem.DatabaseUnavailable;
import nl.voortgang.problem.ProblemResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every client mistake answers application/problem+json in the shape and language of the command services: a Dutch
 * sentence saying what to change (docs/adr/0012-problem-responses-in-dutch.md).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ProblemResponse.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Ongeldige parameter", "Parameter '"
                + e.getName() + "' heeft de waarde '" + e.getValue() + "', die niet bruikbaar is: "
                + expected(e.getRequiredType()) + ".").field(e.getName()).response();
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missing(MissingServletRequestParameterException e) {
        return ProblemResponse.of(HttpStatus.BAD_REQUEST, "missing-parameter", "Ontbrekende parameter",
                "Voeg de parameter '" + e.getParameterName() + "' toe.").field(e.getParameterName()).response();
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Object> badRequest(BadRequestException e) {
        return ProblemResponse.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Ongeldige parameter", e.getMessage())
                .field(e.parameter()).response();
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return ProblemResponse.of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden", e.getMessage()).response();
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return ProblemResponse.of(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage()).response();
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<Object> databaseUnavailable(RuntimeException e) {
        if (!DatabaseUnavailable.causedBy(e)) {
            throw e;
        }
        return DatabaseUnavailable.problem("De gegevens zijn nu niet te lezen; probeer het over enkele seconden opnieuw.")
                .response();
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "geef een kalenderdatum zoals 2024-03-01";
        }
        if (type == Instant.class) {
            return "geef een tijdstip zoals 2024-03-15T12:00:00Z";
        }
        if (type != null && type.isEnum()) {
            return "gebruik een van " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "geef een geheel getal";
        }
        return "geef een waarde van het type " + (type == null ? "tekst" : type.getSimpleName());
    }
}
