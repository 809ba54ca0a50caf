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

/** Turns Jackson's complaint about an unreadable body into a Dutch sentence a client can act on. */
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
            String known = unknown.getKnownPropertyIds() == null ? "" : "; de velden zijn: " + unknown.getKnownPropertyIds()
                    .stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "Veld '" + path(unknown) + "' hoort niet bij dit verzoek" + known + ".";
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return "Veld '" + path(invalid) + "' heeft de waarde '" + invalid.getValue() + "'; toegestaan zijn: " + allowed + ".";
        }
        if (e.getMostSpecificCause() instanceof DateTimeException && cause instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            return "Veld '" + path(jackson) + "' is geen datum die we kunnen lezen; schrijf een datum als jjjj-mm-dd, bijvoorbeeld 2024-03-01.";
        }
        if (cause instanceof InvalidFormatException invalid) {
            return "Veld '" + path(invalid) + "' heeft de waarde '" + invalid.getValue() + "'; dat is geen geldige "
                    + invalid.getTargetType().getSimpleName() + (invalid.getTargetType().getSimpleName().equals("LocalDate")
                    ? " (schrijf een datum als jjjj-mm-dd)." : ".");
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return "Veld '" + path(mismatched) + "' heeft het verkeerde type; zie de API-documentatie op /swagger-ui.html.";
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            return "Het verzoek heeft geen inhoud; stuur een JSON-object.";
        }
        return "De inhoud van het verzoek is geen geldige JSON: " + cause.getMessage();
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
