package nl.voortgang.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the service databases on a server the tests did not create them on (an existing server or a container):
 * each service migrates its own schema, but the database must be there first.
 */
final class ServiceDatabases {

    private ServiceDatabases() {
    }

    static void createMissing(String serverUrl, String username, String password) {
        try (Connection connection = DriverManager.getConnection(serverUrl, username, password);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement create = connection.createStatement()) {
            for (String database : TestInfrastructure.DATABASES) {
                exists.setString(1, database);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        create.execute("CREATE DATABASE " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the databases " + TestInfrastructure.DATABASES + " on " + serverUrl, e);
        }
    }
}
