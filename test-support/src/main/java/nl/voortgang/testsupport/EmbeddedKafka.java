package nl.voortgang.testsupport;

import nl.voortgang.infra.KafkaBrokerProcess;

import java.nio.file.Path;

/**
 * A real Kafka broker in a process of its own, in this run's directory, so that outage tests can stop, start and kill
 * it; three partitions per topic, as in the local stack. Its class data archive lies outside the run's directory, so
 * that it outlives the run and later runs start the broker about twice as fast.
 */
final class EmbeddedKafka implements SharedKafka {

    private final KafkaBrokerProcess broker;

    EmbeddedKafka(Path dataDirectory, Path runtimeDirectory) {
        broker = new KafkaBrokerProcess()
                .withNumPartitions(3)
                .withClassDataArchive(runtimeDirectory.resolve("broker.jsa"))
                .withShutdownHook(false)
                .start(dataDirectory, 0, 0);
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void stop() {
        broker.stop();
    }

    @Override
    public void start() {
        broker.start();
    }

    @Override
    public void kill() {
        broker.kill();
    }

    @Override
    public void close() {
        broker.stop();
    }
}
