package nl.voortgang.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.voortgang.problem.ProblemResponse;
import nl.voortgang.problem.TraceId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 from the filter chain as problem+json with a Dutch sentence, like every other error of the services;
 * the 401 keeps the {@code WWW-Authenticate: Bearer} header that says why a token was refused.
 */
public final class SecurityProblems {

    private SecurityProblems() {
    }

    public static AuthenticationEntryPoint unauthenticated() {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception);
            write(response, HttpStatus.UNAUTHORIZED, "not-authenticated", "Niet aangemeld",
                    "Stuur een geldig toegangstoken mee (Authorization: Bearer ...) van de ingestelde identity provider.");
        };
    }

    public static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "role-missing", "Geen toegang",
                "Uw rol geeft geen toegang tot " + request.getMethod() + " " + request.getRequestURI()
                        + ". Vraag de programmabeheerder om de rol die hiervoor nodig is.");
    }

    /** The same shape as every other problem (docs/adr/0012): a stable type and code, a Dutch title and detail, the trace id. */
    public static void write(HttpServletResponse response, HttpStatus status, String code, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(ProblemResponse.of(status, code, title, detail)));
    }

    /** The problem as JSON text, for where no message converter is at hand. */
    static String json(ProblemResponse problem) {
        var body = problem.body();
        Object traceId = body.getProperties().get("traceId");
        return "{\"type\":\"" + body.getType() + "\",\"status\":" + body.getStatus() + ",\"title\":\"" + json(body.getTitle())
                + "\",\"detail\":\"" + json(body.getDetail()) + "\",\"code\":\"" + body.getProperties().get("code") + "\""
                + (traceId == null ? "" : ",\"traceId\":\"" + json(traceId.toString()) + "\"") + "}";
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
