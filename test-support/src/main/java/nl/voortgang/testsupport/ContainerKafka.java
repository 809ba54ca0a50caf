package nl.voortgang.testsupport;

import org.testcontainers.kafka.KafkaContainer;

/** Kafka in a Docker container, for {@code voortgang.infra=testcontainers}: the official image, not a broker process. */
final class ContainerKafka implements SharedKafka {

    private final KafkaContainer container = new KafkaContainer("apache/kafka:4.1.0");

    ContainerKafka() {
        container.start();
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void stop() {
        throw TestInfrastructure.outageOnlyWhenEmbedded("Kafka");
    }

    @Override
    public void start() {
        stop();
    }

    @Override
    public void kill() {
        stop();
    }

    @Override
    public void close() {
        container.stop();
    }
}
