package nl.voortgang.command.web;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A write endpoint that does not say what it consumes takes application/json, and nothing else. The handler mapping
 * refuses any other Content-Type with 415 from the header alone, before anything reads the body: left open, Spring
 * reads a form body through the servlet's request parameters, which fail on bytes that are not UTF-8. An endpoint
 * without a request body still answers a request that sends none.
 */
class JsonWritesHandlerMapping extends RequestMappingHandlerMapping {

    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);

    @Override
    protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
        RequestMappingInfo info = super.getMappingForMethod(method, handlerType);
        if (info == null || !info.getConsumesCondition().isEmpty() || !isWrite(info)) {
            return info;
        }
        RequestMappingInfo json = info.mutate().consumes(MediaType.APPLICATION_JSON_VALUE).build();
        if (!takesBody(method)) {
            json.getConsumesCondition().setBodyRequired(false);
        }
        return json;
    }

    private static boolean isWrite(RequestMappingInfo info) {
        return info.getMethodsCondition().getMethods().stream().anyMatch(WRITES::contains);
    }

    private static boolean takesBody(Method method) {
        return Arrays.stream(method.getParameters())
                .anyMatch(parameter -> MergedAnnotations.from(parameter).isPresent(RequestBody.class));
    }
}
