package nl.voortgang.reporting.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's forms post to /dashboard/commands/{activities|moties|toezeggingen}/...; this passes
 * them to the same path under /api of the service that owns the entity. Only plain path segments
 * are passed on, so a request cannot reach anything but the command APIs.
 */
@RestController
class CommandProxyController {

    static final String PREFIX = "/dashboard/commands";
    private static final Pattern COMMAND_PATH = Pattern.compile(
            "^" + PREFIX + "/(activities|moties|toezeggingen)(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*$");

    private final CommandProxy proxy;

    CommandProxyController(CommandProxy proxy) {
        this.proxy = proxy;
    }

    @RequestMapping(value = {PREFIX + "/activities", PREFIX + "/activities/**", PREFIX + "/moties", PREFIX + "/moties/**",
            PREFIX + "/toezeggingen", PREFIX + "/toezeggingen/**"}, method = {RequestMethod.POST, RequestMethod.DELETE})
    ResponseEntity<byte[]> command(HttpServletRequest request, @RequestHeader HttpHeaders headers,
            @RequestBody(required = false) byte[] body) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!COMMAND_PATH.matcher(path).matches()) {
            return ResponseEntity.notFound().build();
        }
        String apiPath = "/api" + path.substring(PREFIX.length());
        CommandProxy.Target target = apiPath.startsWith("/api/activities") ? CommandProxy.Target.ACTIVITY_SERVICE
                : CommandProxy.Target.MOTIE_SERVICE;
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return proxy.forward(target, request.getMethod(), apiPath + query, headers, body);
    }
}
