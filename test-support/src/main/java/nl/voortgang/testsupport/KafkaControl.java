package nl.voortgang.testsupport;

/** Takes the shared Kafka broker down and brings it back on the same address, for outage tests. */
public interface KafkaControl {

    /** Stops the broker gracefully and waits until it has exited. */
    void stop();

    /** Starts the broker again on the same address and data; returns once it answers. */
    void start();

    /** Kills the broker at once, as a crash would. */
    void kill();
}
