package nl.voortgang.problem;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Every failure of every service answers RFC 9457 application/problem+json in one shape: a stable English
 * {@code type} URI and {@code code} for programs, a Dutch {@code title} and {@code detail} for the civil servants
 * who read it, {@code errors[].field} naming what to change (docs/adr/0012-problem-responses-in-dutch.md), and the
 * {@code traceId} of the request, which a user can quote and which every log line of the request carries.
 * One builder keeps the three services from drifting apart in language or shape.
 */
public final class ProblemResponse {

    public static final String TYPE_BASE = "https://voortgang.nl/problems/";

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final String detail;
    private String code;
    private List<?> errors = List.of();
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Duration retryAfter;

    private ProblemResponse(HttpStatus status, String type, String title, String detail) {
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.code = type;
    }

    /** A problem of this type (the last part of its URI, also its code unless {@link #code} says otherwise). */
    public static ProblemResponse of(HttpStatus status, String type, String title, String detail) {
        return new ProblemResponse(status, type, title, detail);
    }

    /** The machine-readable code of the broken rule, when it says more than the type. */
    public ProblemResponse code(String ruleCode) {
        this.code = ruleCode;
        return this;
    }

    /** What is wrong, field by field: {@link FieldProblem}s, or for an upload its problems by row and column. */
    public ProblemResponse errors(List<?> problems) {
        this.errors = List.copyOf(problems);
        return this;
    }

    /** A single field problem whose message is the detail itself. */
    public ProblemResponse field(String field) {
        return errors(List.of(new FieldProblem(field, detail)));
    }

    public ProblemResponse with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** When to try again, for a failure that passes by itself (503): sent as the Retry-After header, in seconds. */
    public ProblemResponse retryAfter(Duration wait) {
        this.retryAfter = wait;
        return this;
    }

    public ProblemDetail body() {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        body.setTitle(title);
        body.setProperty("code", code);
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        properties.forEach(body::setProperty);
        TraceId.current().ifPresent(traceId -> body.setProperty("traceId", traceId));
        return body;
    }

    public ResponseEntity<Object> response() {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        }
        return response.body(body());
    }

    /** What is wrong with one field of the request, in the language of the detail. */
    public record FieldProblem(String field, String message) {
    }
}
