package nl.voortgang.reporting.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.contracts.EventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Continues, for each record of a batch, the trace its {@code traceparent} header carries from the command service.
 * Spring Kafka observes record listeners only, and the consumer applies a whole batch in one transaction, so each
 * record gets a span of its own, a child of its producer's, that covers the transaction its event was applied in; the
 * line logged for it (at debug) carries that trace id. Only names and ids are logged, never the event's content.
 */
@Component
public class ConsumptionTracing {

    private static final Logger log = LoggerFactory.getLogger(ConsumptionTracing.class);
    private static final Propagator.Getter<Headers> HEADERS = (headers, key) -> text(headers, key);

    private final Tracer tracer;
    private final Propagator propagator;

    /** Without tracing ({@code management.tracing.enabled=false}) Boot gives a no-op tracer and no propagator. */
    ConsumptionTracing(Tracer tracer, ObjectProvider<Propagator> propagator) {
        this.tracer = tracer;
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    /** Runs the application of the records, each record's trace continued around it. */
    public void apply(List<ConsumerRecord<String, byte[]>> records, Runnable application) {
        List<Span> spans = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            spans.add(propagator.extract(record.headers(), HEADERS).kind(Span.Kind.CONSUMER)
                    .name("apply " + text(record.headers(), EventHeaders.EVENT_TYPE))
                    .tag("messaging.destination.name", record.topic()).start());
        }
        try {
            application.run();
        } catch (RuntimeException e) {
            spans.forEach(span -> span.error(e).end());
            throw e;
        }
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            Span span = spans.get(i);
            try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                log.debug("consumed {} {} of {} {} from {}-{}@{}", text(record.headers(), EventHeaders.EVENT_TYPE),
                        text(record.headers(), EventHeaders.EVENT_ID), text(record.headers(), EventHeaders.AGGREGATE_TYPE),
                        record.key(), record.topic(), record.partition(), record.offset());
            } finally {
                span.end();
            }
        }
    }

    private static String text(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
