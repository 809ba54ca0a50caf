package nl.voortgang.reporting.consumption;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.voortgang.contracts.EventHeaders;
import nl.voortgang.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends a record that can never be applied to its topic's dead-letter topic, unchanged, with the
 * reason, the exception class and where it came from in headers. Only once the dead-letter topic
 * has acknowledged it may the consumer go past it; otherwise the record is not lost but retried.
 */
@Component
class DeadLetters {

    static final String ORIGIN = "dead-letter-origin";

    private final KafkaTemplate<String, byte[]> kafka;
    private final MeterRegistry meters;

    DeadLetters(KafkaTemplate<String, byte[]> deadLetterKafkaTemplate, MeterRegistry meters) {
        this.kafka = deadLetterKafkaTemplate;
        this.meters = meters;
    }

    void send(ConsumerRecord<String, byte[]> record, String reason, Class<? extends Throwable> exceptionClass) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(Topics.deadLetterTopicOf(record.topic()), null,
                record.key(), record.value(), record.headers());
        letter.headers().add(EventHeaders.DEAD_LETTER_REASON, reason.getBytes(StandardCharsets.UTF_8));
        letter.headers().add(EventHeaders.DEAD_LETTER_EXCEPTION, exceptionClass.getName().getBytes(StandardCharsets.UTF_8));
        letter.headers().add(ORIGIN, Records.describe(record).getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(letter).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterUnavailableException("interrupted while dead-lettering " + Records.describe(record), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new DeadLetterUnavailableException("could not dead-letter " + Records.describe(record), e);
        }
        Counter.builder("voortgang.consumption.dead.lettered")
                .description("Records set aside on a dead-letter topic, by the class of the failure")
                .tag("topic", record.topic())
                .tag("exception", exceptionClass.getSimpleName())
                .register(meters)
                .increment();
    }
}
