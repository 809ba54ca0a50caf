package nl.voortgang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The processes of a stack this JVM started (its descendants), by role: resident memory (for PostgreSQL, the
 * proportional share of all its processes, so shared buffers count once) and CPU time used, from /proc.
 */
final class ProcessFootprint {

    private static final Pattern KB = Pattern.compile("(\\d+) kB");
    private static final double TICKS_PER_SECOND = 100.0;

    record Sample(Map<String, Long> memoryKb, Map<String, Double> cpuSeconds) {
    }

    private ProcessFootprint() {
    }

    static Sample sample(Path stateDirectory) {
        Map<String, Long> memory = new TreeMap<>();
        Map<String, Double> cpu = new TreeMap<>();
        Set<ProcessHandle> processes = new HashSet<>(ProcessHandle.current().descendants().toList());
        postmaster(stateDirectory).ifPresent(postmaster -> {
            processes.add(postmaster);
            processes.addAll(postmaster.descendants().toList());
        });
        processes.forEach(process -> {
            String role = role(process);
            if (role == null) {
                return;
            }
            long pid = process.pid();
            long kb = role.equals("postgres") ? field(pid, "smaps_rollup", "Pss:") : field(pid, "status", "VmRSS:");
            memory.merge(role, kb, Long::sum);
            cpu.merge(role, cpuSeconds(pid), Double::sum);
        });
        return new Sample(memory, cpu);
    }

    /** PostgreSQL's postmaster detaches from the JVM that started it (pg_ctl); its pid file says where it is. */
    private static Optional<ProcessHandle> postmaster(Path stateDirectory) {
        if (stateDirectory == null || !Files.isDirectory(stateDirectory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(stateDirectory, 3)) {
            return files.filter(file -> file.getFileName().toString().equals("postmaster.pid")).findFirst()
                    .flatMap(file -> {
                        try {
                            return ProcessHandle.of(Long.parseLong(Files.readAllLines(file).getFirst().strip()));
                        } catch (IOException | RuntimeException e) {
                            return Optional.empty();
                        }
                    });
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String role(ProcessHandle process) {
        String command = process.info().commandLine().orElse("");
        for (String service : List.of("activity-service", "motie-service", "reporting-service", "identity-provider")) {
            if (command.contains(service)) {
                return service;
            }
        }
        if (command.contains("kafka.Kafka")) {
            return "kafka";
        }
        if (command.contains("postgres")) {
            return "postgres";
        }
        return null;
    }

    private static long field(long pid, String file, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                if (line.startsWith(name)) {
                    Matcher kb = KB.matcher(line);
                    return kb.find() ? Long.parseLong(kb.group(1)) : 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
