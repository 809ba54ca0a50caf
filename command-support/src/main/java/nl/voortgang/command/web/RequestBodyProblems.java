package nl.voortgang.command.web;

import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voortgang.command.domain.InvalidValueException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns Jackson's complaint about an unreadable body into a sentence a client can act on. */
final class RequestBodyProblems {

    private RequestBodyProblems() {
    }

    /** The field problem when the body holds text that cannot be stored, naming the field by its path. */
    static Optional<InvalidValueException> unstorableText(HttpMessageNotReadableException e) {
        if (jacksonCause(e) instanceof StorableTextDeserializer.UnstorableTextException unstorable) {
            String field = path(unstorable);
            return Optional.of(new InvalidValueException(field, unstorable.unstorable().forField(field)));
        }
        return Optional.empty();
    }

    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = jacksonCause(e);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : "; the fields are: " + unknown.getKnownPropertyIds()
                    .stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "Field '" + path(unknown) + "' is not part of this request" + known + ".";
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return "Field '" + path(invalid) + "' has value '" + invalid.getValue() + "'; allowed values are: " + allowed + ".";
        }
        if (e.getMostSpecificCause() instanceof DateTimeException && cause instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            return "Field '" + path(jackson) + "' is not a date we can read; write a date as yyyy-mm-dd, for example 2024-03-01.";
        }
        if (cause instanceof InvalidFormatException invalid) {
            return "Field '" + path(invalid) + "' has value '" + invalid.getValue() + "', which is not a valid "
                    + invalid.getTargetType().getSimpleName() + (invalid.getTargetType().getSimpleName().equals("LocalDate")
                    ? " (write a date as yyyy-mm-dd)." : ".");
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return "Field '" + path(mismatched) + "' has the wrong type; see the API documentation at /swagger-ui.html.";
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            return "The request has no body; send a JSON object.";
        }
        return "The request body is not valid JSON: " + cause.getMessage();
    }

    private static Throwable jacksonCause(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                return cause;
            }
        }
        return e.getMostSpecificCause();
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
