package nl.voortgang.localstack;

import nl.voortgang.infra.LogTail;
import nl.voortgang.infra.Processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One service JVM of the local stack, configured only through environment variables. It can be started again with the
 * same environment, so that {@link ServiceSupervisor} can bring back a service that died.
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final ServiceDefinition definition;
    private final Path jar;
    private final List<String> javaOptions;
    private final Path logFile;
    private final Path pidFile;
    private final String displayedLogFile;
    private Map<String, String> environment = Map.of();
    private Process process;
    private Instant startedAt;
    private boolean stopRequested;

    ServiceProcess(ServiceDefinition definition, LocalStackSettings settings) {
        this(definition, settings, definition.name());
    }

    /** A process of the service whose log and pid files are named after {@code instance}, e.g. a second instance. */
    ServiceProcess(ServiceDefinition definition, LocalStackSettings settings, String instance) {
        this.definition = definition;
        this.jar = definition.jar(settings.repositoryRoot());
        this.javaOptions = settings.javaOptions();
        this.logFile = settings.logDirectory().resolve(instance + ".log");
        this.pidFile = settings.runDirectory().resolve(instance + ".pid");
        this.displayedLogFile = settings.displayPath(logFile);
    }

    String name() {
        return definition.name();
    }

    int port() {
        return definition.port();
    }

    Path logFile() {
        return logFile;
    }

    Path pidFile() {
        return pidFile;
    }

    URI baseUri() {
        return URI.create("http://localhost:" + definition.port());
    }

    /** Stops the service JVM that an earlier run left behind when it was killed without cleaning up. */
    void stopLeftover() {
        Processes.stopLeftover(pidFile, definition.jarFileName(), Duration.ofSeconds(15));
    }

    synchronized void start(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
        launch(ProcessBuilder.Redirect.to(logFile.toFile()));
    }

    /** Starts the service again with the environment of its first start, appending to its log after a line that marks the restart. */
    synchronized void restart() {
        try {
            Files.writeString(logFile, "--- The local stack starts " + definition.name() + " again at " + Instant.now() + " ---"
                    + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write to " + logFile, e);
        }
        launch(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }

    private void launch(ProcessBuilder.Redirect log) {
        try {
            Files.createDirectories(logFile.getParent());
            List<String> command = new ArrayList<>(List.of(Processes.javaExecutable(), "-Xmx384m", "-Daxoniq.update-checker.disabled=true"));
            command.addAll(javaOptions);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(Processes.detachedFromTerminal(command))
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(environment);
            stopRequested = false;
            process = builder.start();
            startedAt = Instant.now();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + definition.name() + " from " + jar, e);
        }
        Processes.writePidFile(pidFile, process.toHandle());
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    synchronized boolean hasExited() {
        return process != null && !process.isAlive();
    }

    synchronized int exitCode() {
        return process.exitValue();
    }

    synchronized long pid() {
        return process.pid();
    }

    /** Completes when the process running now exits, with its exit code and how long it ran. */
    synchronized CompletableFuture<ServiceExit> onExit() {
        Instant started = startedAt;
        return process.onExit().thenApply(exited -> new ServiceExit(exited.exitValue(), Duration.between(started, Instant.now())));
    }

    /** Whether the local stack asked the service to stop since its last start: then its exit is no failure. */
    synchronized boolean stopRequested() {
        return stopRequested;
    }

    boolean answersHealthy() {
        HttpRequest request = HttpRequest.newBuilder(baseUri().resolve("/actuator/health")).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the service to stop; {@link #awaitStopped} waits for it. */
    synchronized void requestStop() {
        stopRequested = true;
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits until the service has exited and kills it when it is still running at the deadline. */
    synchronized void awaitStopped(Duration timeLeft) {
        if (process == null) {
            return;
        }
        if (!Processes.awaitExit(process.toHandle(), timeLeft.isNegative() ? Duration.ZERO : timeLeft)) {
            Processes.kill(process.toHandle());
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + pidFile, e);
        }
    }

    /** The reason, followed by the last lines of the service's log. */
    String withLogTail(String reason) {
        return reason + " The end of " + displayedLogFile + ":" + System.lineSeparator() + LogTail.lastLines(logFile, 40);
    }
}
