package nl.voortgang.command.security;

import java.util.Set;
import nl.voortgang.problem.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An editor tried to change an item of another ministry: 403, saying whose item it is. An
 * {@link ErrorResponseException}, so the services' problem handling answers it as it is, whatever else it maps.
 */
public final class NotResponsibleException extends ErrorResponseException {

    public NotResponsibleException(String entityId, Set<String> owners, Set<String> callerParties) {
        super(HttpStatus.FORBIDDEN, ProblemResponse.of(HttpStatus.FORBIDDEN, "other-ministry", "Niet uw ministerie",
                "Dit onderdeel (" + entityId + ") hoort bij " + String.join(", ", owners) + "; u mag alleen wijzigen wat bij "
                        + (callerParties.isEmpty() ? "geen enkel ministerie" : String.join(", ", callerParties))
                        + " hoort. Vraag een redacteur van " + String.join(" of ", owners) + " of de programmabeheerder.")
                .with("ministries", owners).body(), null);
    }
}
