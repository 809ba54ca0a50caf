package nl.voortgang.testsupport;

/** Takes the shared PostgreSQL server down and brings it back on the same port and data, for outage tests. */
public interface PostgresControl {

    void stop();

    void start();
}
