package nl.voortgang.command.security;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An editor tried to change an item of another ministry: 403, saying whose item it is. */
public final class NotResponsibleException extends ErrorResponseException {

    public NotResponsibleException(String entityId, Set<String> owners, Set<String> callerParties) {
        super(HttpStatus.FORBIDDEN, problem(entityId, owners, callerParties), null);
    }

    private static ProblemDetail problem(String entityId, Set<String> owners, Set<String> callerParties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Dit onderdeel (" + entityId
                + ") hoort bij " + String.join(", ", owners) + "; u mag alleen wijzigen wat bij "
                + (callerParties.isEmpty() ? "geen enkel ministerie" : String.join(", ", callerParties))
                + " hoort. Vraag een redacteur van " + String.join(" of ", owners) + " of de programmabeheerder.");
        problem.setTitle("Niet uw ministerie");
        problem.setProperty("ministries", owners);
        return problem;
    }
}
