package nl.voortgang.testsupport.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write endpoint under /api that the running application maps, read from its handler mapping, so that a test
 * over all of them covers an endpoint added later without anyone listing it. Path variables get a made-up id.
 */
public final class CommandEndpoints {

    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);

    private CommandEndpoints() {
    }

    /** One method and path, and whether it takes a multipart upload instead of a JSON body. */
    public record Endpoint(String method, String path, boolean takesUpload) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The write endpoints of the application's own controllers (not those of actuator or the API documentation). */
    public static List<Endpoint> of(ApplicationContext context) {
        return of(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
    }

    public static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        String id = UUID.randomUUID().toString();
        return mapping.getHandlerMethods().keySet().stream()
                .flatMap(info -> endpoints(info, id).stream())
                .filter(endpoint -> endpoint.path().startsWith("/api/"))
                .distinct()
                .sorted(Comparator.comparing(Endpoint::toString))
                .toList();
    }

    private static List<Endpoint> endpoints(RequestMappingInfo info, String id) {
        return info.getMethodsCondition().getMethods().stream()
                .filter(WRITES::contains)
                .flatMap(method -> info.getPatternValues().stream()
                        .map(pattern -> new Endpoint(method.name(), pattern.replaceAll("\\{[^}]+}", id), takesUpload(info))))
                .toList();
    }

    private static boolean takesUpload(RequestMappingInfo info) {
        return info.getConsumesCondition().getConsumableMediaTypes().stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA));
    }
}
