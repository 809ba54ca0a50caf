package nl.voortgang.command.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Times every write request to /api as {@code voortgang.commands}, tagged with the command (the endpoint's controller
 * and method, e.g. {@code Activity.changeStatus}) and the outcome: {@code accepted} or the refusing status code. It is a
 * histogram, so p50, p95 and p99 come from {@code histogram_quantile} over its buckets, summed across instances. A
 * request refused before Spring MVC chose its handler (401, 403, 415) is attributed to the endpoint it addressed; one
 * whose exception escapes to the container counts as 500.
 */
class CommandMetricsFilter extends OncePerRequestFilter {

    static final String METER = "voortgang.commands";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> CONTROLLER_SUFFIXES = List.of("CommandController", "CommandEndpoints", "Controller");

    private final MeterRegistry registry;
    private final RequestMappingHandlerMapping handlers;

    CommandMetricsFilter(MeterRegistry registry, RequestMappingHandlerMapping handlers) {
        this.registry = registry;
        this.handlers = handlers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            String outcome = failed ? "500" : outcomeOf(response.getStatus());
            commandOf(request).ifPresent(command -> timer(command, outcome).record(took));
        }
    }

    private Timer timer(String command, String outcome) {
        return Timer.builder(METER)
                .description("Write requests to the command API, by command and outcome")
                .tag("command", command)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    static String outcomeOf(int status) {
        return status >= 200 && status < 300 ? "accepted" : Integer.toString(status);
    }

    private Optional<String> commandOf(HttpServletRequest request) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        if (handler == null) {
            handler = lookUpAsJson(request);
        }
        return handler instanceof HandlerMethod method ? Optional.of(nameOf(method)) : Optional.empty();
    }

    /** The handler the request would have reached with a JSON body, for requests refused before the lookup. */
    private Object lookUpAsJson(HttpServletRequest request) {
        HttpServletRequest asJson = new HttpServletRequestWrapper(request) {
            @Override
            public String getContentType() {
                return MediaType.APPLICATION_JSON_VALUE;
            }

            @Override
            public String getHeader(String name) {
                return "Content-Type".equalsIgnoreCase(name) ? MediaType.APPLICATION_JSON_VALUE : super.getHeader(name);
            }
        };
        try {
            ServletRequestPathUtils.parseAndCache(asJson);
            HandlerExecutionChain found = handlers.getHandler(asJson);
            return found == null ? null : found.getHandler();
        } catch (Exception e) {
            return null;
        } finally {
            ServletRequestPathUtils.clearParsedRequestPath(asJson);
        }
    }

    static String nameOf(HandlerMethod method) {
        String controller = method.getBeanType().getSimpleName();
        for (String suffix : CONTROLLER_SUFFIXES) {
            if (controller.endsWith(suffix) && controller.length() > suffix.length()) {
                controller = controller.substring(0, controller.length() - suffix.length());
                break;
            }
        }
        return controller + "." + method.getMethod().getName();
    }
}
