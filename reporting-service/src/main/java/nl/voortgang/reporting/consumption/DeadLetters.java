package nl.voortgang.reporting.consumption;

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

/** Sends a record that can never be applied to its topic's dead-letter topic, with the reason. */
@Component
class DeadLetters {

    private final KafkaTemplate<String, byte[]> kafka;

    DeadLetters(KafkaTemplate<String, byte[]> deadLetterKafkaTemplate) {
        this.kafka = deadLetterKafkaTemplate;
    }

    void send(ConsumerRecord<String, byte[]> record, String reason) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(Topics.deadLetterTopicOf(record.topic()), null,
                record.key(), record.value(), record.headers());
        letter.headers().add(EventHeaders.DEAD_LETTER_REASON, reason.getBytes(StandardCharsets.UTF_8));
        letter.headers().add("dead-letter-origin",
                (record.topic() + "-" + record.partition() + "@" + record.offset()).getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(letter).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter " + record.topic() + "@" + record.offset(), e);
        }
    }
}
