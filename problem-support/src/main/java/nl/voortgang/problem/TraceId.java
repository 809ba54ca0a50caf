package nl.voortgang.problem;

import java.util.Optional;
import org.slf4j.MDC;

/**
 * The trace id of the work this thread does now, as the log lines print it: Micrometer Tracing puts the current span's
 * ids in the MDC while the span is in scope, so a problem answer quotes exactly the id its request's log lines carry.
 */
public final class TraceId {

    public static final String MDC_KEY = "traceId";

    private TraceId() {
    }

    public static Optional<String> current() {
        String traceId = MDC.get(MDC_KEY);
        return traceId == null || traceId.isBlank() ? Optional.empty() : Optional.of(traceId);
    }
}
