package nl.voortgang.command.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Handles each command in a span of its own, a child of the request's, that lasts until its unit of work is cleaned
 * up, so it covers the append to the event store at commit. While it runs, the log lines carry the command's name and
 * its aggregate's id in the MDC beside the trace id. A registration names no target aggregate: its id is the handler's
 * answer and is known from then on, in time for the commit. Only names and ids are logged, never the command's fields.
 */
final class CommandLogContext implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String COMMAND = "command";
    static final String AGGREGATE_ID = "aggregateId";

    private static final Logger log = LoggerFactory.getLogger(CommandLogContext.class);

    private final Tracer tracer;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    CommandLogContext(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        String name = command.getPayloadType().getSimpleName();
        Span span = tracer.nextSpan().name(name).start();
        Tracer.SpanInScope scope = tracer.withSpan(span);
        String previousCommand = MDC.get(COMMAND);
        String previousAggregate = MDC.get(AGGREGATE_ID);
        MDC.put(COMMAND, name);
        target(command).ifPresentOrElse(id -> MDC.put(AGGREGATE_ID, id), () -> MDC.remove(AGGREGATE_ID));
        unitOfWork.onCleanup(u -> {
            ExecutionResult result = u.getExecutionResult();
            if (result != null && result.isExceptionResult()) {
                log.debug("command not stored: {}", result.getExceptionResult().getClass().getSimpleName());
            } else {
                log.debug(u.isRolledBack() ? "command not stored" : "command stored");
            }
            restore(COMMAND, previousCommand);
            restore(AGGREGATE_ID, previousAggregate);
            scope.close();
            span.end();
        });
        try {
            Object result = chain.proceed();
            if (MDC.get(AGGREGATE_ID) == null && result instanceof String createdId) {
                MDC.put(AGGREGATE_ID, createdId);
                span.tag(AGGREGATE_ID, createdId);
            }
            return result;
        } catch (Exception e) {
            span.error(e);
            throw e;
        }
    }

    private Optional<String> target(CommandMessage<?> command) {
        try {
            return Optional.of(targets.resolveTarget(command).getIdentifier());
        } catch (IllegalArgumentException noTarget) {
            return Optional.empty();
        }
    }

    private static void restore(String key, String previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
