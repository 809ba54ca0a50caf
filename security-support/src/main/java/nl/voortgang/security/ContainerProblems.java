package nl.voortgang.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.voortgang.problem.ProblemResponse;
import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The errors no controller answers, as problem+json like all others: what Tomcat refuses before the application sees
 * the request (a request line with characters that are not allowed, an undecodable path: Tomcat's HTML error report
 * otherwise), and what reaches the error page by {@code sendError} (the firewall's refusal of an encoded {@code ..}
 * or line break in the path, a 404 without body: Spring Boot's JSON otherwise).
 */
public final class ContainerProblems {

    private ContainerProblems() {
    }

    static ProblemResponse problem(int statusCode) {
        HttpStatus status = HttpStatus.resolve(statusCode);
        if (status == null) {
            status = statusCode >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        return switch (status) {
            case BAD_REQUEST -> ProblemResponse.of(status, "malformed-request", "Onleesbaar verzoek",
                    "De URL of een header van het verzoek is niet toegestaan: schrijf elk teken buiten A-Z, a-z, 0-9 en "
                            + "-._~ in pad en query als procent-gecodeerde UTF-8, en gebruik geen gecodeerde /, \\, .. of "
                            + "regeleinden in het pad.");
            case NOT_FOUND -> ProblemResponse.of(status, "not-found", "Niet gevonden",
                    "Op dit pad is niets; controleer de URL.");
            case METHOD_NOT_ALLOWED -> ProblemResponse.of(status, "method-not-allowed", "Methode niet toegestaan",
                    "Deze HTTP-methode wordt op dit pad niet aangenomen.");
            default -> status.is5xxServerError()
                    ? ProblemResponse.of(status, "server-fault", "Interne fout",
                            "Er ging bij ons iets mis; er is niets gewijzigd. Probeer het opnieuw en meld het als het blijft gebeuren.")
                    : ProblemResponse.of(status, "refused", "Verzoek geweigerd",
                            "Het verzoek is geweigerd (HTTP " + status.value() + ").");
        };
    }

    /** Replaces Boot's HTML error report of the host by {@link ProblemReportValve} before the host starts. */
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            host.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    if (host instanceof StandardHost standard) {
                        standard.setErrorReportValveClass(ProblemReportValve.class.getName());
                    }
                }
            });
        });
    }

    /** What Tomcat answers itself, for a request it refused before any servlet saw it. */
    public static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(SecurityProblems.json(problem(status)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client went away or the response was committed meanwhile: nothing left to tell it
            }
        }
    }

    /** The error page of the application, where {@code sendError} ends up. */
    @RestController
    static final class ProblemErrorController implements ErrorController {

        @RequestMapping("${server.error.path:${error.path:/error}}")
        ResponseEntity<Object> error(HttpServletRequest request) {
            // Asked for directly, not by the container's error dispatch: there is nothing here for a client.
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            return problem(status instanceof Integer code ? code : HttpStatus.NOT_FOUND.value()).response();
        }
    }
}
