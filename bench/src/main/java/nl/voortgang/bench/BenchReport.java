package nl.voortgang.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.voortgang.localstack.Endpoints;
import tools.jackson.databind.json.JsonMapper;

/** Every figure of a run with its target, the machine, the versions and the settings: report.json and report.md. */
final class BenchReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path output;
    private final Map<String, Object> root = new LinkedHashMap<>();

    BenchReport(Path output) {
        this.output = output;
    }

    void machine(BenchSettings settings, Endpoints stack, Map<String, String> postgres, boolean statementStatistics) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryBytes", totalMemory());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("jdk", System.getProperty("java.vm.vendor") + " " + Runtime.version());
        machine.put("loadAverageAtStart", Benchmark.loadAverage());
        machine.put("otherJavaProcesses", otherJavaProcesses());
        root.put("startedAt", Instant.now().toString());
        root.put("machine", machine);
        Map<String, Object> versions = new LinkedHashMap<>(pomVersions(stack.repositoryRoot()));
        versions.put("postgres", postgres.get("server_version"));
        versions.put("commit", gitCommit(stack.repositoryRoot()));
        root.put("versions", versions);
        Map<String, Object> settingsMap = new LinkedHashMap<>();
        settingsMap.put("mode", settings.mode());
        settingsMap.put("activities", settings.activities());
        settingsMap.put("connections", settings.connections());
        settingsMap.put("writeRates", settings.writeRates());
        settingsMap.put("warmUpSeconds", settings.warmUp().toSeconds());
        settingsMap.put("writeStepSeconds", settings.writeStep().toSeconds());
        settingsMap.put("sustainedConfirmationSeconds", settings.sustainedConfirmation().toSeconds());
        settingsMap.put("freshnessRate", settings.freshnessRate());
        settingsMap.put("events", settings.events());
        settingsMap.put("loadModel", "open: constant arrival rate, latency from the intended send time (JDK HttpClient, HdrHistogram)");
        settingsMap.put("aggregateCache", System.getenv().getOrDefault("VOORTGANG_AGGREGATE_CACHE", "true (default)"));
        settingsMap.put("postgres", postgres);
        settingsMap.put("pgStatStatements", statementStatistics);
        settingsMap.put("services", Map.of("activity", stack.activityService().toString(),
                "reporting", stack.reportingService().toString(), "identity", stack.identityProvider().toString()));
        root.put("settings", settingsMap);
    }

    @SuppressWarnings("unchecked")
    void section(String name, Map<String, ?> figures) {
        ((Map<String, Object>) root.computeIfAbsent(name, n -> new LinkedHashMap<String, Object>())).putAll(figures);
    }

    @SuppressWarnings("unchecked")
    void write() {
        root.put("finishedAt", Instant.now().toString());
        ((Map<String, Object>) root.get("machine")).put("loadAverageAtEnd", Benchmark.loadAverage());
        try {
            Files.createDirectories(output);
            Files.writeString(output.resolve("report.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            Files.writeString(output.resolve("report.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private String markdown() {
        StringBuilder md = new StringBuilder("# Voortgang benchmark (" + ((Map<String, Object>) root.get("settings")).get("mode")
                + ")\n\n");
        Map<String, Object> machine = (Map<String, Object>) root.get("machine");
        md.append("Machine: ").append(machine.get("cores")).append(" cores, ")
                .append((long) machine.get("memoryBytes") / (1024 * 1024 * 1024)).append(" GiB, ").append(machine.get("jdk"))
                .append("; load average ").append(machine.get("loadAverageAtStart")).append(" at the start, ")
                .append(machine.get("loadAverageAtEnd")).append(" at the end; other Java processes: ")
                .append(machine.get("otherJavaProcesses")).append(".\n\nVersions: ").append(root.get("versions"))
                .append("\n\nSettings: ").append(root.get("settings")).append("\n\n");
        double ceiling = number(path("ceiling", "commitsPerSecond"));
        md.append("| what | figure | target |\n|---|---|---|\n");
        row(md, "PostgreSQL single-row INSERT+COMMIT/s (" + path("ceiling", "connections") + " connections)",
                fmt(ceiling), "—");
        double sustained = number(path("write", "sustainedRate"));
        row(md, "1. sustained status changes/s (p99 ≤ 50 ms, no failures, no backlog)",
                fmt(sustained) + " (" + pct(sustained / ceiling) + " of the ceiling)", "≥ 1,500/s and ≥ 50 % of the ceiling");
        row(md, "2. freshness 2xx → SSE at " + path("freshness", "rate") + "/s: p50 / p99 / max ms",
                fmt(path("freshness", "freshnessMs", "p50")) + " / " + fmt(path("freshness", "freshnessMs", "p99")) + " / "
                        + fmt(path("freshness", "freshnessMs", "max")), "p99 ≤ 150 ms at 500/s");
        row(md, "data: closed-loop status changes/s (" + path("data", "concurrency") + " at once), CPU ms per command",
                fmt(path("data", "closedLoopPerSecond")) + "; " + path("data", "cpuMsPerCommand"), "—");
        row(md, "3. /api/programme/state p50 / p95 ms (" + path("data", "eventsWritten") + " events)",
                fmt(path("timeTravel", "/api/programme/state", "p50")) + " / " + fmt(path("timeTravel", "/api/programme/state", "p95")),
                "p95 ≤ 100 ms");
        row(md, "3. /api/programme/summary p50 / p95 ms", fmt(path("timeTravel", "/api/programme/summary", "p50")) + " / "
                + fmt(path("timeTravel", "/api/programme/summary", "p95")), "—");
        row(md, "4. rebuild events/s (" + path("rebuild", "eventsApplied") + " events, " + path("rebuild", "state") + ")",
                fmt(path("rebuild", "eventsPerSecond")), "≥ 15,000/s");
        for (String format : List.of("html", "pdf", "docx", "csv")) {
            row(md, "5. Bijlage 1 " + format + " for " + path("reports", "activities") + " activities, max ms",
                    fmt(path("reports", format, "max")) + " (" + path("reports", format, "bytes") + " bytes)", "—");
        }
        row(md, "6. local stack start-up s", fmt(path("footprint", "startupSeconds")), "≤ 30 s");
        row(md, "6. resident memory at idle, MiB", memory(path("footprint", "idle")), "—");
        row(md, "6. CPU at idle, % of one core", String.valueOf(path("footprint", "idleCpuPercent")), "—");
        row(md, "6. resident memory under scenario 1, MiB", memory(path("footprint", "underLoad")), "—");
        md.append("\n## Scenario 1 steps\n\n| rate/s | achieved/s | p50 | p99 | max ms | failed | dropped | freshness p99 ms | drained ms | CPU ms per command | load | held |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        Object steps = path("write", "steps");
        if (steps instanceof List<?> list) {
            for (Object s : list) {
                Map<String, Object> step = (Map<String, Object>) s;
                Map<String, Object> latency = (Map<String, Object>) step.get("latencyMs");
                md.append("| ").append(step.get("rate")).append(" | ").append(step.get("achievedPerSecond")).append(" | ")
                        .append(latency.get("p50")).append(" | ").append(latency.get("p99")).append(" | ").append(latency.get("max"))
                        .append(" | ").append(step.get("failed")).append(" | ").append(step.get("dropped")).append(" | ")
                        .append(((Map<String, Object>) step.get("freshnessMs")).get("p99")).append(" | ")
                        .append(step.get("drainedAfterMs")).append(" | ").append(step.get("cpuMsPerCommand")).append(" | ")
                        .append(step.get("loadAverageAfter")).append(" | ").append(step.get("held")).append(" |\n");
            }
        }
        md.append("\nConfirmation: ").append(path("write", "confirmation")).append("\n");
        md.append("\n## Time travel query plan\n\n```\n").append(path("timeTravel", "queryPlan")).append("\n```\n");
        md.append("\n## Top statements (pg_stat_statements)\n\nactivity database during scenario 1:\n\n");
        statements(md, path("write", "activityDatabaseTopStatements"));
        md.append("\nreporting database during scenario 3:\n\n");
        statements(md, path("timeTravel", "reportingDatabaseTopStatements"));
        md.append("\n## Every figure\n\nSee report.json.\n");
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static void statements(StringBuilder md, Object statements) {
        md.append("| calls | total ms | mean ms | query |\n|---|---|---|---|\n");
        if (statements instanceof List<?> list) {
            for (Object s : list) {
                Map<String, Object> row = (Map<String, Object>) s;
                md.append("| ").append(row.get("calls")).append(" | ").append(row.get("totalMs")).append(" | ")
                        .append(row.get("meanMs")).append(" | `").append(String.valueOf(row.get("query")).replace("|", "\\|"))
                        .append("` |\n");
            }
        }
    }

    private static String memory(Object sample) {
        if (!(sample instanceof ProcessFootprint.Sample footprint)) {
            return "n/a";
        }
        StringBuilder text = new StringBuilder();
        footprint.memoryKb().forEach((role, kb) -> text.append(text.isEmpty() ? "" : ", ").append(role).append(' ')
                .append(kb / 1024));
        return text.toString();
    }

    private static void row(StringBuilder md, String what, String figure, String target) {
        md.append("| ").append(what).append(" | ").append(figure).append(" | ").append(target).append(" |\n");
    }

    @SuppressWarnings("unchecked")
    private Object path(String... keys) {
        Object node = root;
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = ((Map<String, Object>) map).get(key);
        }
        return node;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String fmt(Object value) {
        double n = number(value);
        return Double.isNaN(n) ? "n/a" : n >= 100 ? String.format("%,.0f", n) : String.format("%.1f", n);
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "n/a" : String.format("%.1f %%", share * 100);
    }

    private static long totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    private static long otherJavaProcesses() {
        return ProcessHandle.allProcesses().filter(p -> p.info().command().orElse("").endsWith("/java")).count() - 1;
    }

    private static Map<String, String> pomVersions(Path repositoryRoot) {
        Map<String, String> versions = new LinkedHashMap<>();
        try {
            String pom = Files.readString(repositoryRoot.resolve("pom.xml"));
            Matcher boot = Pattern.compile("<artifactId>spring-boot-starter-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
            versions.put("springBoot", boot.find() ? boot.group(1) : null);
            for (String property : List.of("axon.version", "kafka.version", "postgres-binaries.version")) {
                Matcher m = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</").matcher(pom);
                versions.put(property.replace(".version", ""), m.find() ? m.group(1) : null);
            }
        } catch (IOException e) {
            versions.put("error", e.getMessage());
        }
        return versions;
    }

    private static String gitCommit(Path repositoryRoot) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(repositoryRoot.toFile())
                    .redirectErrorStream(true).start();
            String commit = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor() == 0 ? commit : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
