package nl.voortgang.localstack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.voortgang.infra.EmbeddedPostgresServer;
import nl.voortgang.ledger.Digest;
import nl.voortgang.ledger.LedgerVerifier;
import nl.voortgang.ledger.Verification;

/**
 * {@code ./voortgang verify}: recomputes each command service's hash chain from its event store
 * in the local stack's PostgreSQL and checks every digest reporting-service received against it.
 * It reads the databases directly, as an auditor's tool, so it needs no running service; it exits
 * 0 when every chain is intact and every digest holds, 1 otherwise.
 */
public final class LedgerVerification {

    private static final Map<String, String> SERVICE_DATABASES = Map.of("activity-service", "activity",
            "motie-service", "motie");

    private LedgerVerification() {
    }

    public static void main(String[] args) {
        LocalStackSettings settings = LocalStackSettings.fromEnvironment(System.getenv(), Path.of(""));
        System.exit(verify("jdbc:postgresql://localhost:" + settings.postgresPort() + "/", System.out) ? 0 : 1);
    }

    /** Verifies both services' chains on the server at the URL (without a database); true when all is intact. */
    public static boolean verify(String serverUrl, PrintStream out) {
        boolean allIntact = true;
        for (String service : List.of("activity-service", "motie-service")) {
            try (Connection events = connect(serverUrl + SERVICE_DATABASES.get(service));
                 Connection reporting = connect(serverUrl + "reporting")) {
                Verification verification = LedgerVerifier.verify(events, digests(reporting, service));
                out.println(service + ": " + verification.summary());
                verification.digests().stream().filter(check -> !check.holds()).forEach(check ->
                        out.println("  digest at position " + check.digest().position() + " (" + check.digest().hash()
                                + ", published " + check.digest().publishedAt() + "): " + check.detail()));
                allIntact &= verification.intact() && verification.digestsHold();
            } catch (SQLException e) {
                out.println(service + ": cannot be verified: " + e.getMessage());
                allIntact = false;
            }
        }
        return allIntact;
    }

    private static List<Digest> digests(Connection reporting, String service) throws SQLException {
        List<Digest> digests = new ArrayList<>();
        try (PreparedStatement select = reporting.prepareStatement("""
                SELECT position, hash, published_at FROM reporting_control.ledger_digest WHERE service = ? ORDER BY position""")) {
            select.setString(1, service);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    digests.add(new Digest(service, rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
                }
            }
        } catch (SQLException noDigestsYet) {
            if (!"42P01".equals(noDigestsYet.getSQLState())) {
                throw noDigestsYet;
            }
        }
        return digests;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, EmbeddedPostgresServer.USERNAME, EmbeddedPostgresServer.PASSWORD);
    }
}
