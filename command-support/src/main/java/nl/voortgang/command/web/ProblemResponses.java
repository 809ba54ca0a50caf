package nl.voortgang.command.web;

import java.util.List;
import java.util.Optional;
import nl.voortgang.command.domain.BrokenRule;
import nl.voortgang.command.domain.InvalidValueException;
import nl.voortgang.command.domain.RuleViolatedException;
import nl.voortgang.command.domain.StorableText;
import nl.voortgang.problem.DatabaseUnavailable;
import nl.voortgang.problem.ProblemResponse;
import nl.voortgang.problem.ProblemResponse.FieldProblem;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
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
 * Every failure answers RFC 9457 application/problem+json with a Dutch sentence that says what to change
 * (docs/adr/0012-problem-responses-in-dutch.md). A client's mistake is a 4xx; only our own faults are a 5xx. A broken
 * domain rule arrives as a code with its facts, and the service's {@link RuleWording} words it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final List<RuleWording<?>> wordings;

    ProblemResponses(ObjectProvider<RuleWording<?>> wordings) {
        this.wordings = wordings.orderedStream().toList();
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<Object> invalidValue(InvalidValueException e) {
        String field = e.rule().map(rule -> requestField(e.field())).orElse(e.field());
        String detail = e.rule().map(rule -> sentence(rule, field)).orElse(e.getMessage());
        return ProblemResponse.of(HttpStatus.BAD_REQUEST, "invalid-value", "Ongeldige waarde", detail)
                .code(e.rule().map(BrokenRule::code).orElse("invalid-value")).field(field).response();
    }

    @ExceptionHandler(RuleViolatedException.class)
    ResponseEntity<Object> ruleViolated(RuleViolatedException e) {
        return ProblemResponse.of(HttpStatus.CONFLICT, "rule-violated", "Niet toegestaan", sentence(e.rule(), null))
                .code(e.rule().code()).response();
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e) {
        return ProblemResponse.of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden",
                "Er bestaat niets met id " + e.getAggregateIdentifier() + "; controleer het id in de URL.").response();
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<Object> staleVersion(ConflictingAggregateVersionException e) {
        ResponseEntity<Object> response = ProblemResponse.of(HttpStatus.PRECONDITION_FAILED, "stale-version", "Verouderde versie",
                "Dit is intussen gewijzigd en staat op versie " + e.getActualVersion() + ", niet op de versie in If-Match; "
                        + "lees het opnieuw en herhaal de wijziging met If-Match: \"" + e.getActualVersion() + "\".")
                .with("currentVersion", e.getActualVersion()).response();
        return ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .eTag("\"" + e.getActualVersion() + "\"")
                .body(response.getBody());
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<Object> alreadyExists(AggregateStreamCreationException e) {
        return ProblemResponse.of(HttpStatus.CONFLICT, "already-exists", "Bestaat al",
                "Er bestaat al iets met dit id; registreer het onder een nieuw id.").response();
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> changedConcurrently(ConcurrencyException e) {
        return ProblemResponse.of(HttpStatus.CONFLICT, "changed-concurrently", "Tegelijk gewijzigd",
                "Op hetzelfde moment is een andere wijziging hierop vastgelegd; van uw wijziging is niets bewaard. "
                        + "Lees het opnieuw en herhaal uw wijziging.").response();
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
        return storeUnavailable();
    }

    static ResponseEntity<Object> storeUnavailable() {
        return DatabaseUnavailable.problem("De wijziging kon nu niet worden opgeslagen en is niet doorgevoerd; "
                + "probeer het over enkele seconden opnieuw.").response();
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
        String message = "Parameter '" + e.getName() + "' heeft de waarde '" + e.getValue() + "'; dat is geen geldige "
                + (e.getRequiredType() == null ? "waarde" : e.getRequiredType().getSimpleName()) + ".";
        return ProblemResponse.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Ongeldige parameter", message)
                .field(e.getName()).response();
    }

    /** Tomcat refuses to decode a query string whose percent-escapes are not UTF-8 once a parameter is read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> unreadableParameters(InvalidParameterException e) {
        return ProblemResponse.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Ongeldige parameter",
                "De query string is niet te lezen; schrijf elke parameter als procent-gecodeerde UTF-8, bijvoorbeeld %C3%AB voor ë.")
                .response();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> serverFault(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("the database is unavailable: {}", e.toString());
            return storeUnavailable();
        }
        log.error("unexpected failure", e);
        return ProblemResponse.of(HttpStatus.INTERNAL_SERVER_ERROR, "server-fault", "Interne fout",
                "Er ging bij ons iets mis; er is niets gewijzigd. Probeer het opnieuw en meld het als het blijft gebeuren.")
                .response();
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
                .orElse("Het verzoek is niet geldig.");
        return ProblemResponse.of(HttpStatus.BAD_REQUEST, "invalid-request", "Ongeldig verzoek", detail).errors(errors).response();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return RequestBodyProblems.unstorableText(e).map(this::invalidValue)
                .orElseGet(() -> ProblemResponse.of(HttpStatus.BAD_REQUEST, "malformed-request", "Onleesbaar verzoek",
                        RequestBodyProblems.describe(e)).response());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e, HttpHeaders headers,
                                                                      HttpStatusCode status, WebRequest request) {
        List<String> accepted = e.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
        String sent = e.getContentType() == null ? "Het verzoek heeft geen Content-Type"
                : "Content-Type " + e.getContentType() + " wordt hier niet aangenomen";
        String detail = sent + "; stuur de inhoud als " + String.join(" of ", accepted) + " met die Content-Type-header.";
        ResponseEntity<Object> response = ProblemResponse.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Niet ondersteund formaat", detail).with("accepted", accepted).response();
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
        return ProblemResponse.of(HttpStatus.BAD_REQUEST, "malformed-upload", "Onleesbare upload",
                "De upload is niet te lezen als multipart/form-data (" + e.getMostSpecificCause().getMessage()
                        + "); stuur het bestand als formulierveld 'file' van een multipart/form-data-verzoek met een boundary.")
                .response();
    }

    private String sentence(BrokenRule rule, String field) {
        return CommonRuleWording.sentence(rule, field)
                .or(() -> wordings.stream().map(wording -> wording.sentence(rule)).flatMap(Optional::stream).findFirst())
                .orElseThrow(() -> new IllegalStateException("no wording for rule " + rule.code()));
    }

    private String requestField(String commandField) {
        String field = commandField;
        for (RuleWording<?> wording : wordings) {
            field = wording.requestField(field);
        }
        return field;
    }
}
