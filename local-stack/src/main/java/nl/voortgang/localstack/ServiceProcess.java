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
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One service JVM of the local stack, configured only through environment variables. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final ServiceDefinition definition;
    private final Path jar;
    private final Path logFile;
    private final Path pidFile;
    private Process process;

    ServiceProcess(ServiceDefinition definition, LocalStackSettings settings) {
        this.definition = definition;
        this.jar = definition.jar(settings.repositoryRoot());
        this.logFile = settings.logDirectory().resolve(definition.name() + ".log");
        this.pidFile = settings.runDirectory().resolve(definition.name() + ".pid");
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

    URI baseUri() {
        return URI.create("http://localhost:" + definition.port());
    }

    /** Stops the service JVM that an earlier run left behind when it was killed without cleaning up. */
    void stopLeftover() {
        Processes.stopLeftover(pidFile, definition.jarFileName(), Duration.ofSeconds(15));
    }

    synchronized void start(Map<String, String> environment) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(Processes.detachedFromTerminal(List.of(
                    Processes.javaExecutable(), "-Xmx384m", "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString())))
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(environment);
            process = builder.start();
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

    String logTail() {
        return LogTail.lastLines(logFile, 40);
    }
}
