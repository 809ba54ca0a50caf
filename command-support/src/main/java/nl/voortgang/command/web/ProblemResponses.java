package nl.voortgang.command.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voortgang.command.domain.InvalidValueException;
import nl.voortgang.command.domain.RuleViolatedException;
import nl.voortgang.command.domain.StorableText;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every failure answers RFC 9457 application/problem+json with a sentence that says what to
 * change. A client's mistake is a 4xx; only our own faults are a 5xx.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "https://voortgang.nl/problems/";

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<Object> invalidValue(InvalidValueException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-value", "Ongeldige waarde", e.getMessage(),
                Map.of("errors", List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(RuleViolatedException.class)
    ResponseEntity<Object> ruleViolated(RuleViolatedException e) {
        return problem(HttpStatus.CONFLICT, "rule-violated", "Niet toegestaan", e.getMessage(), Map.of());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden",
                "No entity with id " + e.getAggregateIdentifier() + " exists; check the id in the URL.", Map.of());
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<Object> staleVersion(ConflictingAggregateVersionException e) {
        ResponseEntity<Object> response = problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Verouderde versie",
                "The entity is at version " + e.getActualVersion() + ", not the version in If-Match; "
                        + "read it again and repeat the change with If-Match: \"" + e.getActualVersion() + "\".",
                Map.of("currentVersion", e.getActualVersion()));
        return ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .eTag("\"" + e.getActualVersion() + "\"")
                .body(response.getBody());
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<Object> alreadyExists(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, "already-exists", "Bestaat al",
                "An entity with this id already exists; register it under a new id.", Map.of());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> changedConcurrently(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "changed-concurrently", "Tegelijk gewijzigd",
                "Another change to this entity was stored at the same moment; nothing of yours was stored. "
                        + "Read it again and repeat your change.", Map.of());
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e, WebRequest request) throws Exception {
        Throwable cause = e.getCause();
        if (cause instanceof Exception exception && cause != e) {
            return handle(exception, request);
        }
        return serverFault(e);
    }

    @ExceptionHandler(EventStoreException.class)
    ResponseEntity<Object> storeUnavailable(EventStoreException e) {
        log.error("event store failure", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Tijdelijk niet beschikbaar",
                "The change could not be stored right now and was not applied; try again shortly.", Map.of());
    }

    @InitBinder
    void storableTextOnly(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StorableTextEditor());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        Optional<StorableText.Unstorable> unstorable = e.getValue() instanceof String text ? StorableText.check(text) : Optional.empty();
        if (unstorable.isPresent()) {
            return invalidValue(new InvalidValueException(e.getName(), unstorable.get().forField(e.getName())));
        }
        String message = "Parameter '" + e.getName() + "' has value '" + e.getValue() + "', which is not a valid "
                + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName()) + ".";
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Ongeldige parameter", message,
                Map.of("errors", List.of(new FieldProblem(e.getName(), message))));
    }

    /** Tomcat refuses to decode a query string whose percent-escapes are not UTF-8 once a parameter is read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> unreadableParameters(InvalidParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Ongeldige parameter",
                "The query string cannot be read; write every parameter as percent-encoded UTF-8, for example %C3%AB for ë.",
                Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> serverFault(Exception e) {
        log.error("unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "server-fault", "Interne fout",
                "Something went wrong on our side; nothing was changed. Try again, and report it if it persists.", Map.of());
    }

    private ResponseEntity<Object> handle(Exception e, WebRequest request) throws Exception {
        return switch (e) {
            case InvalidValueException invalid -> invalidValue(invalid);
            case RuleViolatedException rule -> ruleViolated(rule);
            case AggregateNotFoundException notFound -> notFound(notFound);
            case ConflictingAggregateVersionException stale -> staleVersion(stale);
            case AggregateStreamCreationException exists -> alreadyExists(exists);
            case ConcurrencyException concurrent -> changedConcurrently(concurrent);
            default -> {
                ResponseEntity<Object> handled = handleException(e, request);
                yield handled != null ? handled : serverFault(e);
            }
        };
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getField() + " " + error.getDefaultMessage()))
                .toList();
        String detail = errors.stream().map(FieldProblem::message).reduce((a, b) -> a + "; " + b)
                .orElse("The request body is not valid.");
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Ongeldig verzoek", detail, Map.of("errors", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return RequestBodyProblems.unstorableText(e).map(this::invalidValue)
                .orElseGet(() -> problem(HttpStatus.BAD_REQUEST, "malformed-request", "Onleesbaar verzoek",
                        RequestBodyProblems.describe(e), Map.of()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e, HttpHeaders headers,
                                                                      HttpStatusCode status, WebRequest request) {
        List<String> accepted = e.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
        String sent = e.getContentType() == null ? "The request has no Content-Type"
                : "Content-Type " + e.getContentType() + " is not accepted here";
        String detail = sent + "; send the body as " + String.join(" or ", accepted) + " with that Content-Type header.";
        ResponseEntity<Object> response = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Niet ondersteund formaat", detail, Map.of("accepted", accepted));
        HttpHeaders answerHeaders = new HttpHeaders();
        answerHeaders.addAll(headers);
        answerHeaders.addAll(response.getHeaders());
        if (request instanceof ServletWebRequest servlet && "POST".equals(servlet.getRequest().getMethod())) {
            answerHeaders.set("Accept-Post", String.join(", ", accepted));
        }
        return new ResponseEntity<>(response.getBody(), answerHeaders, response.getStatusCode());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableUpload(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-upload", "Onleesbare upload",
                "The upload cannot be read as multipart/form-data (" + e.getMostSpecificCause().getMessage()
                        + "); send the file as the form field 'file' of a multipart/form-data request with a boundary.",
                Map.of());
    }

    public static ResponseEntity<Object> problem(HttpStatus status, String type, String title, String detail,
                                                 Map<String, Object> properties) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        body.setTitle(title);
        properties.forEach(body::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    public record FieldProblem(String field, String message) {
    }
}
