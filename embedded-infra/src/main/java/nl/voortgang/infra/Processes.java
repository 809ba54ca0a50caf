package nl.voortgang.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

public final class Processes {

    private static final Optional<String> SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .filter(path -> Files.isExecutable(Path.of(path)))
            .findFirst();

    private Processes() {
    }

    public static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .filter(command -> Path.of(command).getFileName().toString().startsWith("java"))
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The command, run in a session of its own where the {@code setsid} tool exists, so that Ctrl-C in a terminal
     * reaches only the parent, which then stops its children in the order it chooses.
     */
    public static List<String> detachedFromTerminal(List<String> command) {
        return SETSID.map(setsid -> {
            List<String> detached = new ArrayList<>(command.size() + 1);
            detached.add(setsid);
            detached.addAll(command);
            return detached;
        }).orElse(command);
    }

    /** Asks the process to stop (SIGTERM) and kills it when it has not exited within the grace period. */
    public static void stop(ProcessHandle process, Duration gracePeriod) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!awaitExit(process, gracePeriod)) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(10));
        }
    }

    public static void kill(ProcessHandle process) {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(10));
        }
    }

    public static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** Writes the process id and, on the second line, the id of this JVM as its owner. */
    public static void writePidFile(Path pidFile, ProcessHandle process) {
        try {
            Files.createDirectories(pidFile.toAbsolutePath().getParent());
            Files.writeString(pidFile, process.pid() + "\n" + ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + pidFile, e);
        }
    }

    /** The live process named in a pid file, provided its command line contains the marker (a guard against reused pids). */
    public static Optional<ProcessHandle> liveProcessFromPidFile(Path pidFile, String commandLineMarker) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            long pid = Long.parseLong(firstLine);
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> commandLineOf(handle).contains(commandLineMarker));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops a process left behind by an earlier run whose owner died without cleaning up, and removes its pid file.
     *
     * @throws IllegalStateException when the process is still running for a live owner
     */
    public static boolean stopLeftover(Path pidFile, String commandLineMarker, Duration gracePeriod) {
        Optional<ProcessHandle> leftover = liveProcessFromPidFile(pidFile, commandLineMarker);
        Optional<ProcessHandle> liveOwner = ownerFromPidFile(pidFile).filter(ProcessHandle::isAlive);
        if (leftover.isPresent() && liveOwner.isPresent()) {
            throw new IllegalStateException("Process " + leftover.get().pid() + " (see " + pidFile + ") is still running for process "
                    + liveOwner.get().pid() + (liveOwner.get().pid() == ProcessHandle.current().pid() ? " (this JVM)" : ""));
        }
        leftover.ifPresent(process -> stop(process, gracePeriod));
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + pidFile, e);
        }
        return leftover.isPresent();
    }

    private static Optional<ProcessHandle> ownerFromPidFile(Path pidFile) {
        try {
            return Files.readAllLines(pidFile).stream().skip(1).findFirst()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty())
                    .flatMap(line -> ProcessHandle.of(Long.parseLong(line)));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String commandLineOf(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        return info.commandLine()
                .or(() -> info.command().map(command -> command + " " + String.join(" ", info.arguments().orElse(new String[0]))))
                .orElse("");
    }
}
