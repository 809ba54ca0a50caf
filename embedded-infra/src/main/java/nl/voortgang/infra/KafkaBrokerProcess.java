package nl.voortgang.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one process), run as a child JVM from
 * the {@code kafka_2.13} artifact. Its data directory survives a restart.
 */
public class KafkaBrokerProcess {

    private static final String COMMAND_LINE_MARKER = KafkaBrokerMain.class.getName();
    private static final Duration STOP_GRACE_PERIOD = Duration.ofSeconds(30);

    private String classpath;
    private int numPartitions = 1;
    private Duration startupTimeout = Duration.ofSeconds(60);
    private String maxHeap = "512m";
    private Path classDataArchive;
    private boolean registerShutdownHook = true;
    private boolean shutdownHookRegistered;

    private Process process;
    private Path dataDirectory;
    private int port;
    private int controllerPort;

    /** The child JVM's classpath; by default the current JVM's, with Surefire's manifest-only jar expanded. */
    public KafkaBrokerProcess withClasspath(String classpath) {
        this.classpath = classpath;
        return this;
    }

    public KafkaBrokerProcess withNumPartitions(int numPartitions) {
        if (numPartitions < 1) {
            throw new IllegalArgumentException("A topic needs at least one partition, not " + numPartitions);
        }
        this.numPartitions = numPartitions;
        return this;
    }

    public KafkaBrokerProcess withStartupTimeout(Duration startupTimeout) {
        this.startupTimeout = startupTimeout;
        return this;
    }

    public KafkaBrokerProcess withMaxHeap(String maxHeap) {
        this.maxHeap = maxHeap;
        return this;
    }

    /**
     * A class data sharing archive that the broker's JVM writes when it exits and loads on later starts, which makes
     * those starts about twice as fast; kept across runs, for instance beside the data directory. The broker then gets
     * only the jars of its classpath.
     */
    public KafkaBrokerProcess withClassDataArchive(Path classDataArchive) {
        this.classDataArchive = classDataArchive.toAbsolutePath();
        return this;
    }

    /** Whether a JVM shutdown hook stops the broker; callers that stop things in their own order turn it off. */
    public KafkaBrokerProcess withShutdownHook(boolean registerShutdownHook) {
        this.registerShutdownHook = registerShutdownHook;
        return this;
    }

    /**
     * Starts the broker and waits until it answers an admin request.
     *
     * @param port           the client (PLAINTEXT) port, {@code 0} for a free one
     * @param controllerPort the KRaft controller port, {@code 0} for a free one
     */
    public synchronized KafkaBrokerProcess start(Path dataDirectory, int port, int controllerPort) {
        if (isRunning()) {
            throw new IllegalStateException("The Kafka broker is already running on port " + this.port);
        }
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        return start();
    }

    /** Starts the broker again on the ports and data directory of the previous start. */
    public synchronized KafkaBrokerProcess start() {
        if (dataDirectory == null) {
            throw new IllegalStateException("The Kafka broker has never been started; call start(dataDirectory, port, controllerPort) first");
        }
        if (isRunning()) {
            return this;
        }
        stopLeftover(dataDirectory);
        port = Ports.freeIfZero(port);
        controllerPort = Ports.freeIfZero(controllerPort);
        if (port == controllerPort) {
            throw new IllegalArgumentException("The Kafka client port and controller port must differ, both are " + port);
        }
        Ports.requireFree(port, "Kafka broker");
        Ports.requireFree(controllerPort, "Kafka controller");
        try {
            Files.createDirectories(temporaryDirectory());
            writeConfiguration();
            process = launch();
        } catch (IOException e) {
            throw new UncheckedIOException("The Kafka broker did not start; see " + logFile(), e);
        }
        Processes.writePidFile(pidFile(), process.toHandle());
        registerShutdownHookOnce();
        awaitReady();
        return this;
    }

    /** Stops the broker gracefully (SIGTERM, then a kill after 30 s) and waits until it has exited. */
    public synchronized void stop() {
        if (process != null) {
            Processes.stop(process.toHandle(), STOP_GRACE_PERIOD);
            afterExit();
        }
    }

    /** Kills the broker at once, as a crash would. */
    public synchronized void kill() {
        if (process != null) {
            Processes.kill(process.toHandle());
            afterExit();
        }
    }

    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("The Kafka broker is not running");
        }
        return process.pid();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return dataDirectory.resolve("kafka.log");
    }

    /** Stops a broker still running on this data directory after the JVM that started it died. */
    public static boolean stopLeftover(Path dataDirectory) {
        return Processes.stopLeftover(dataDirectory.resolve("kafka.pid"), COMMAND_LINE_MARKER, STOP_GRACE_PERIOD);
    }

    private void afterExit() {
        process = null;
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + pidFile(), e);
        }
    }

    private void writeConfiguration() throws IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("log.dirs", logDirectory().toString());
        properties.put("num.partitions", Integer.toString(numPartitions));
        properties.put("auto.create.topics.enable", "true");
        properties.put("default.replication.factor", "1");
        properties.put("min.insync.replicas", "1");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("transaction.state.log.num.partitions", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("log.retention.hours", "-1");
        properties.put("broker.heartbeat.interval.ms", "1000");
        properties.put("broker.session.timeout.ms", "4000");
        StringBuilder text = new StringBuilder();
        properties.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Files.writeString(serverProperties(), text);
        Files.writeString(logbackConfiguration(), LOGBACK_CONFIGURATION);
    }

    private Process launch() throws IOException {
        Path argumentFile = dataDirectory.resolve("broker.jvm-args");
        Files.writeString(argumentFile, "-cp " + quoted(childClasspath()) + "\n");
        List<String> command = new ArrayList<>();
        command.add(Processes.javaExecutable());
        command.add("-Xmx" + maxHeap);
        command.add("-XX:+ExitOnOutOfMemoryError");
        if (usesClassDataArchive()) {
            Files.createDirectories(classDataArchive.getParent());
            command.add("-XX:+AutoCreateSharedArchive");
            command.add("-XX:SharedArchiveFile=" + classDataArchive);
        }
        command.add("-Djava.awt.headless=true");
        command.add("-Djava.io.tmpdir=" + temporaryDirectory());
        command.add("-Dlogback.configurationFile=" + logbackConfiguration());
        command.add("-Dkafka.logs.dir=" + dataDirectory);
        command.add("@" + argumentFile);
        command.add(KafkaBrokerMain.class.getName());
        if (!Files.exists(logDirectory().resolve("meta.properties"))) {
            command.add(KafkaBrokerMain.FORMAT_OPTION);
            command.add(Uuid.randomUuid().toString());
        }
        command.add(serverProperties().toString());
        return new ProcessBuilder(Processes.detachedFromTerminal(command))
                .directory(dataDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(startupTimeout);
        Exception lastFailure = null;
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 250,
                AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 250))) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    int exitCode = process.exitValue();
                    afterExit();
                    throw new IllegalStateException("The Kafka broker exited with code " + exitCode + " while starting:\n"
                            + LogTail.lastLines(logFile(), 40));
                }
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    lastFailure = e;
                }
                process.waitFor(200, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
        kill();
        throw new IllegalStateException("The Kafka broker on port " + port + " was not ready within " + startupTimeout
                + " (last error: " + lastFailure + "):\n" + LogTail.lastLines(logFile(), 40));
    }

    private String childClasspath() throws IOException {
        String base = classpath != null ? classpath : JavaClasspath.ofCurrentJvm();
        return usesClassDataArchive()
                ? JavaClasspath.jarsOnlyIncluding(base, KafkaBrokerMain.class, classDataArchive.getParent())
                : JavaClasspath.including(base, KafkaBrokerMain.class);
    }

    private boolean usesClassDataArchive() {
        return classDataArchive != null && Runtime.version().feature() >= 19;
    }

    private void registerShutdownHookOnce() {
        if (registerShutdownHook && !shutdownHookRegistered) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "kafka-" + port + "-shutdown"));
            shutdownHookRegistered = true;
        }
    }

    private Path serverProperties() {
        return dataDirectory.resolve("server.properties");
    }

    private Path logbackConfiguration() {
        return dataDirectory.resolve("logback.xml");
    }

    private Path logDirectory() {
        return dataDirectory.resolve("data");
    }

    private Path temporaryDirectory() {
        return dataDirectory.resolve("tmp");
    }

    private Path pidFile() {
        return dataDirectory.resolve("kafka.pid");
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static final String LOGBACK_CONFIGURATION = """
            <configuration>
              <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
                <encoder>
                  <pattern>%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n</pattern>
                </encoder>
              </appender>
              <logger name="org.apache.kafka.common.config.AbstractConfig" level="WARN"/>
              <logger name="org.apache.kafka.common.utils.AppInfoParser" level="WARN"/>
              <logger name="state.change.logger" level="WARN"/>
              <root level="INFO">
                <appender-ref ref="STDOUT"/>
              </root>
            </configuration>
            """;
}
