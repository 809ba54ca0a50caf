package nl.voortgang.testsupport;

/**
 * The Kafka broker every test in the JVM uses, however it was started: the tests need only its address, and the
 * outage tests need to take it down.
 */
interface SharedKafka extends KafkaControl, AutoCloseable {

    String bootstrapServers();

    @Override
    void close();
}
