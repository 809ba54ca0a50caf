package nl.voortgang.testsupport;

import nl.voortgang.infra.EmbeddedPostgresServer;
import nl.voortgang.infra.KafkaBrokerProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The directories of the embedded servers, one {@code run-<pid>} per test JVM. A JVM that was killed never ran its
 * shutdown hook, so its servers may still run and its data stays behind; the next JVM stops and removes them, and
 * leaves alone the runs of JVMs that are still alive.
 */
final class EmbeddedRuns {

    private EmbeddedRuns() {
    }

    static Path ofThisJvm(Path directory) {
        return directory.resolve("run-" + ProcessHandle.current().pid());
    }

    static void removeThoseOfEndedJvms(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> runs = Files.list(directory)) {
            runs.filter(run -> run.getFileName().toString().matches("run-\\d+"))
                    .filter(run -> ProcessHandle.of(Long.parseLong(run.getFileName().toString().substring(4)))
                            .map(owner -> !owner.isAlive()).orElse(true))
                    .forEach(EmbeddedRuns::remove);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + directory, e);
        }
    }

    private static void remove(Path run) {
        if (Files.isDirectory(run.resolve("kafka"))) {
            KafkaBrokerProcess.stopLeftover(run.resolve("kafka"));
        }
        if (Files.isDirectory(run.resolve("postgres"))) {
            EmbeddedPostgresServer.stopLeftover(run.resolve("postgres"));
        }
        try (Stream<Path> paths = Files.walk(run)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + run, e);
        }
    }
}
