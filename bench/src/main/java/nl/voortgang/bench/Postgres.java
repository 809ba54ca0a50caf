package nl.voortgang.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stack's PostgreSQL server: its settings, pg_stat_statements, and the plan of a statement a service ran. */
final class Postgres {

    private final int port;
    private final String username;
    private final String password;

    Postgres(int port, String username, String password) {
        this.port = port;
        this.username = username;
        this.password = password;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, username, password);
    }

    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            for (String name : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes", "wal_sync_method",
                    "shared_buffers", "max_connections", "shared_preload_libraries")) {
                try (ResultSet rs = statement.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            settings.put("error", e.getMessage());
        }
        return settings;
    }

    boolean statementStatistics() {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.execute("SELECT pg_stat_statements_reset()");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    void resetStatementStatistics() {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_statements_reset()");
        } catch (SQLException ignored) {
            // pg_stat_statements is not loaded: the report says so
        }
    }

    /** The statements of {@code database} that took the most time since the last reset. */
    List<Map<String, Object>> topStatements(String database, int limit) {
        List<Map<String, Object>> top = new ArrayList<>();
        try (Connection connection = connect("postgres"); PreparedStatement statement = connection.prepareStatement("""
                SELECT calls, total_exec_time, mean_exec_time, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 220) AS query
                FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = ?)
                ORDER BY total_exec_time DESC LIMIT ?""")) {
            statement.setString(1, database);
            statement.setInt(2, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("calls", rs.getLong("calls"));
                    row.put("totalMs", round(rs.getDouble("total_exec_time")));
                    row.put("meanMs", round(rs.getDouble("mean_exec_time")));
                    row.put("rows", rs.getLong("rows"));
                    row.put("query", rs.getString("query"));
                    top.add(row);
                }
            }
        } catch (SQLException e) {
            top.add(Map.of("error", e.getMessage()));
        }
        return top;
    }

    /**
     * EXPLAIN ANALYZE of the statement a service ran most often that contains {@code fragment}, as pg_stat_statements
     * recorded it; its parameters get values by their type: the date, the knownAt instant, and all entity types.
     */
    String explain(String database, String fragment, LocalDate date, Instant knownAt) {
        String query;
        try (Connection connection = connect("postgres"); PreparedStatement statement = connection.prepareStatement("""
                SELECT query FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = ?)
                  AND query LIKE ? ORDER BY calls DESC LIMIT 1""")) {
            statement.setString(1, database);
            statement.setString(2, "%" + fragment + "%");
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return "no statement containing '" + fragment + "' in pg_stat_statements";
                }
                query = rs.getString(1);
            }
        } catch (SQLException e) {
            return "pg_stat_statements could not be read: " + e.getMessage();
        }
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("""
                    SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relname = 'entity_history' ORDER BY c.reltuples DESC LIMIT 1""")) {
                if (rs.next()) {
                    statement.execute("SET search_path TO " + rs.getString(1) + ", public");
                }
            }
            statement.execute("PREPARE bench_plan AS " + query);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT parameter_types FROM pg_prepared_statements WHERE name = 'bench_plan'")) {
                rs.next();
                Array types = rs.getArray(1);
                Object[] parameterTypes = (Object[]) types.getArray();
                for (int i = 0; i < parameterTypes.length; i++) {
                    boolean jsonKey = java.util.regex.Pattern.compile("->>\\$" + (i + 1) + "(?!\\d)").matcher(query).find();
                    values.add(jsonKey ? "'code'" : switch (parameterTypes[i].toString()) {
                        case "date" -> "DATE '" + date + "'";
                        case "timestamp with time zone" -> "TIMESTAMPTZ '" + knownAt + "'";
                        case "text[]", "character varying[]" -> "ARRAY['ACTIVITY','MOTIE','TOEZEGGING']";
                        default -> "NULL";
                    });
                }
            }
            StringBuilder plan = new StringBuilder(query.strip()).append("\n\n");
            try (ResultSet rs = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) EXECUTE bench_plan("
                    + String.join(", ", values) + ")")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        } catch (SQLException e) {
            return "EXPLAIN failed: " + e.getMessage() + "\n" + query;
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
