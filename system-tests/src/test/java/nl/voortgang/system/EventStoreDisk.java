package nl.voortgang.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.localstack.Endpoints;

/**
 * The disk of activity-service's event store, filling up: its events table (not its indexes) is moved to a tablespace
 * on a tmpfs only a little larger than the table, so that after a few dozen events PostgreSQL cannot extend it (disk
 * full, SQLSTATE 53100). Growing the tmpfs is the operator freeing space. Mounting needs root; without it there is no
 * honest simulation, and the fault is skipped.
 */
final class EventStoreDisk {

    private static final String TABLESPACE = "event_store_disk";
    private static final long HEADROOM_KB = 64;

    private final Endpoints stack;
    private final Path mountPoint;
    private String mountProblem = "";
    private boolean mounted;

    EventStoreDisk(Endpoints stack, Path mountPoint) {
        this.stack = stack;
        this.mountPoint = mountPoint;
    }

    boolean mountAlmostFull() throws IOException, SQLException {
        Files.createDirectories(mountPoint);
        long tableKb;
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet size = statement.executeQuery("SELECT pg_table_size('domain_event_entry') / 1024")) {
            size.next();
            tableKb = size.getLong(1);
        }
        if (!run("mount", "-t", "tmpfs", "-o", "size=" + (tableKb + HEADROOM_KB) + "k", "tmpfs", mountPoint.toString())) {
            return false;
        }
        mounted = true;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLESPACE " + TABLESPACE + " LOCATION '" + mountPoint + "'");
            statement.execute("ALTER TABLE domain_event_entry SET TABLESPACE " + TABLESPACE);
        }
        return true;
    }

    void grow() {
        if (!run("mount", "-o", "remount,size=256m", mountPoint.toString())) {
            throw new IllegalStateException("could not grow " + mountPoint + ": " + mountProblem);
        }
    }

    void restore() throws SQLException {
        if (!mounted) {
            return;
        }
        grow();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE domain_event_entry SET TABLESPACE pg_default");
            statement.execute("DROP TABLESPACE " + TABLESPACE);
        }
        run("umount", mountPoint.toString());
        mounted = false;
    }

    String mountProblem() {
        return mountProblem;
    }

    private boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                mountProblem = String.join(" ", command) + ": " + output.strip();
                return false;
            }
            return true;
        } catch (IOException e) {
            mountProblem = e.getMessage();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl("activity"), stack.postgresUsername(), stack.postgresPassword());
    }
}
