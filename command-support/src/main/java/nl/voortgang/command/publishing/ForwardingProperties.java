package nl.voortgang.command.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How stored events are forwarded: the topic's partitions and replicas, the batch size of the
 * forwarding processor, its number of segments, and how long a batch waits for Kafka's acks. The
 * topic itself is the service's {@link PublishedTopic}.
 */
@ConfigurationProperties("voortgang.forwarding")
public record ForwardingProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue("200") int batchSize,
        @DefaultValue("2") int segments,
        @DefaultValue("10s") Duration sendTimeout) {
}
