package nl.voortgang.testsupport;

/**
 * The PostgreSQL server every test in the JVM uses, however it was started: the tests need only its address and
 * credentials, and the outage tests need to take it down.
 */
interface SharedPostgres extends PostgresControl, AutoCloseable {

    String jdbcUrl(String database);

    String username();

    String password();

    @Override
    void close();
}
