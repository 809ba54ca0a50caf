package nl.voortgang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import nl.voortgang.localstack.Endpoints;
import nl.voortgang.localstack.LocalStack;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * {@code ./voortgang bench}: measures PostgreSQL's single-row commit rate, then the scenarios of issue 19 through the
 * whole chain, and writes target/bench/report.md and report.json. Without URLs it starts a local stack of its own on
 * free ports with fresh data; {@code --smoke} runs small data in a few seconds.
 */
public final class Benchmark {

    /** The sections of report.json besides machine, versions and settings: the ceiling, the data set and each scenario. */
    public static final List<String> SECTIONS = List.of("ceiling", "write", "freshness", "data", "timeTravel", "rebuild",
            "reports", "footprint");

    private final BenchSettings settings;
    private final Endpoints stack;
    private final Double startupSeconds;
    private final Api api;
    private final Postgres postgres;
    private final BenchData data = new BenchData();
    private final BenchReport report;
    private final AtomicLong eventsWritten = new AtomicLong();
    private double ceilingPerSecond = Double.NaN;
    private Instant dataStartedAt = Instant.now();

    Benchmark(BenchSettings settings, Endpoints stack, Double startupSeconds, Path output) {
        this.settings = settings;
        this.stack = stack;
        this.startupSeconds = startupSeconds;
        this.api = new Api(stack.identityProvider());
        this.postgres = new Postgres(stack.postgresPort(), stack.postgresUsername(), stack.postgresPassword());
        this.report = new BenchReport(output);
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        BenchSettings settings = (options.containsKey("smoke") ? BenchSettings.smoke() : BenchSettings.full())
                .withData(Integer.parseInt(options.getOrDefault("activities", "0")), Integer.parseInt(options.getOrDefault("events", "0")));
        Path root = Path.of("").toAbsolutePath();
        Path output = root.resolve(options.getOrDefault("output", "target/bench"));
        Path home = output.resolve("stack-" + ProcessHandle.current().pid());
        LocalStack localStack = LocalStack.onFreePorts(home, System.getenv(), root, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(localStack::stop, "bench-stack-shutdown"));
        long started = System.nanoTime();
        if (!localStack.start()) {
            localStack.stop();
            System.err.println("The local stack did not start; see " + home.resolve("logs"));
            System.exit(1);
        }
        double startup = (System.nanoTime() - started) / 1e9;
        Path written = run(settings, localStack.endpoints(), startup, output);
        localStack.stop();
        System.out.println("Benchmark report: " + written.resolve("report.md"));
        System.exit(0);
    }

    /** {@code --smoke}, {@code --activities=N}, {@code --events=N}, {@code --output=DIR}. */
    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown argument " + arg + "; use --smoke, --activities=N, --events=N, --output=DIR");
            }
            String[] pair = arg.substring(2).split("=", 2);
            options.put(pair[0], pair.length == 2 ? pair[1] : "true");
        }
        return options;
    }

    /** Runs every scenario against a running stack and answers the directory with report.md and report.json. */
    public static Path run(String mode, Endpoints stack, Double startupSeconds, Path output) {
        return run("smoke".equals(mode) ? BenchSettings.smoke() : BenchSettings.full(), stack, startupSeconds, output);
    }

    static Path run(BenchSettings settings, Endpoints stack, Double startupSeconds, Path output) {
        Benchmark benchmark = new Benchmark(settings, stack, startupSeconds, output);
        benchmark.runAll();
        return output;
    }

    private void runAll() {
        report.machine(settings, stack, postgres.settings(), postgres.statementStatistics());
        timed("footprint", this::idle);
        timed("ceiling", this::ceiling);
        timed("data", () -> {
            data.register(api, stack.activityService(), settings.activities());
            eventsWritten.addAndGet(data.activities());
        });
        timed("data", this::generate);
        try (LiveStreamWatcher live = new LiveStreamWatcher(api, stack.reportingService())) {
            timed("write", () -> write(live));
            timed("freshness", () -> freshness(live));
        }
        timed("timeTravel", this::timeTravel);
        timed("rebuild", this::rebuild);
        timed("reports", this::reports);
        timed("footprint", this::footprintSummary);
        report.write();
    }

    private final Map<String, Double> scenarioSeconds = new LinkedHashMap<>();

    private void timed(String scenario, Runnable run) {
        long started = System.nanoTime();
        run.run();
        scenarioSeconds.merge(scenario, round((System.nanoTime() - started) / 1e9), Double::sum);
        report.section("scenarioSeconds", scenarioSeconds);
    }

    private void ceiling() {
        CommitCeiling.Result ceiling = CommitCeiling.measure(postgres, settings.connections(), settings.ceilingDuration());
        ceilingPerSecond = ceiling.perSecond();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("connections", ceiling.connections());
        figures.put("seconds", round(ceiling.seconds()));
        figures.put("commits", ceiling.commits());
        figures.put("commitsPerSecond", round(ceiling.perSecond()));
        figures.put("commitLatencyMs", percentiles(ceiling.latencyMicros()));
        report.section("ceiling", figures);
        System.out.printf("Ceiling: %.0f single-row INSERT+COMMIT/s from %d connections%n", ceiling.perSecond(), ceiling.connections());
    }

    /** Scenario 1: the step-up search for the highest rate that holds p99 <= 50 ms, no failures and no growing backlog. */
    private void write(LiveStreamWatcher live) {
        List<Map<String, Object>> steps = new ArrayList<>();
        int sustained = 0;
        ProcessFootprint.Sample underLoad = null;
        OpenLoad.Result warmUp = OpenLoad.run(api.client, settings.writeRates().getFirst(), settings.warmUp(),
                i -> data.statusChange(api, stack.activityService(), i), (response, at) -> acknowledged(live, response, at));
        eventsWritten.addAndGet(warmUp.succeeded());
        live.awaitDrained(Duration.ofSeconds(10));
        live.forgetPending();
        postgres.resetStatementStatistics();
        for (int rate : settings.writeRates()) {
            Map<String, Object> step = writeStep(live, rate, settings.writeStep());
            steps.add(step);
            underLoad = (ProcessFootprint.Sample) step.remove("footprintAfter");
            if (!Boolean.TRUE.equals(step.get("held"))) {
                break;
            }
            sustained = rate;
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("warmUp", Map.of("rate", settings.writeRates().getFirst(), "seconds", round(warmUp.seconds()),
                "latencyMs", percentiles(warmUp.latencyMicros())));
        figures.put("steps", steps);
        if (!settings.sustainedConfirmation().isZero() && sustained > 0) {
            Map<String, Object> confirmation = writeStep(live, sustained, settings.sustainedConfirmation());
            confirmation.remove("footprintAfter");
            figures.put("confirmation", confirmation);
            if (!Boolean.TRUE.equals(confirmation.get("held"))) {
                sustained = steps.stream().filter(s -> Boolean.TRUE.equals(s.get("held")))
                        .mapToInt(s -> (int) s.get("rate")).filter(r -> r < (int) confirmation.get("rate")).max().orElse(0);
                figures.put("note", "the confirmation run did not hold; the sustained rate is the step below, unconfirmed");
            }
        }
        figures.put("sustainedRate", sustained);
        figures.put("target", BenchSettings.WRITE_TARGET_PER_SECOND);
        figures.put("ratioToCeiling", round(sustained / ceilingPerSecond));
        figures.put("ratioTarget", BenchSettings.CEILING_SHARE_TARGET);
        figures.put("activityDatabaseTopStatements", postgres.topStatements("activity", 8));
        report.section("write", figures);
        report.section("footprint", Map.of("underLoad", underLoad == null ? Map.of() : underLoad));
    }

    private Map<String, Object> writeStep(LiveStreamWatcher live, int rate, Duration duration) {
        live.restart();
        ProcessFootprint.Sample before = ProcessFootprint.sample(stack.stateDirectory());
        String loadBefore = loadAverage();
        OpenLoad.Result result = OpenLoad.run(api.client, rate, duration,
                i -> data.statusChange(api, stack.activityService(), i), (response, at) -> acknowledged(live, response, at));
        Duration drained = live.awaitDrained(Duration.ofSeconds(10));
        int missing = drained == null ? live.forgetPending() : 0;
        ProcessFootprint.Sample after = ProcessFootprint.sample(stack.stateDirectory());
        Histogram freshness = live.restart();
        eventsWritten.addAndGet(result.succeeded());
        boolean held = result.failed() == 0 && result.dropped() == 0 && result.percentileMs(99) <= BenchSettings.P99_TARGET_MS
                && drained != null && drained.toMillis() <= 1_000;
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("rate", rate);
        step.put("seconds", round(result.seconds()));
        step.put("sent", result.sent());
        step.put("succeeded", result.succeeded());
        step.put("failed", result.failed());
        step.put("dropped", result.dropped());
        step.put("statuses", result.statuses());
        step.put("failureSamples", result.failureSamples());
        step.put("achievedPerSecond", round(result.achievedRate()));
        step.put("latencyMs", percentiles(result.latencyMicros()));
        step.put("freshnessMs", percentiles(freshness));
        step.put("drainedAfterMs", drained == null ? null : drained.toMillis());
        step.put("missingOnStream", missing);
        step.put("cpuMsPerCommand", cpuPerCommand(before, after, result.succeeded()));
        step.put("loadAverageBefore", loadBefore);
        step.put("loadAverageAfter", loadAverage());
        step.put("held", held);
        step.put("footprintAfter", after);
        System.out.printf("Write %d/s: p99 %.1f ms, %d failed, %d dropped, drained %s -> %s%n", rate, result.percentileMs(99),
                result.failed(), result.dropped(), drained == null ? "never" : drained.toMillis() + " ms", held ? "held" : "missed");
        return step;
    }

    private static void acknowledged(LiveStreamWatcher live, HttpResponse<String> response, long at) {
        String id = BenchData.entityId(response.body());
        long version = BenchData.version(response.body());
        if (id != null && version >= 0) {
            live.acknowledged(id, version, at);
        }
    }

    /** Scenario 2: at 500 changes/s, the time from a command's 2xx to its change on the live stream. */
    private void freshness(LiveStreamWatcher live) {
        live.restart();
        OpenLoad.Result result = OpenLoad.run(api.client, settings.freshnessRate(), settings.freshnessDuration(),
                i -> data.statusChange(api, stack.activityService(), i), (response, at) -> acknowledged(live, response, at));
        Duration drained = live.awaitDrained(Duration.ofSeconds(20));
        int missing = drained == null ? live.forgetPending() : 0;
        Histogram freshness = live.restart();
        eventsWritten.addAndGet(result.succeeded());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("rate", settings.freshnessRate());
        figures.put("seconds", round(result.seconds()));
        figures.put("succeeded", result.succeeded());
        figures.put("failed", result.failed() + result.dropped());
        figures.put("commandLatencyMs", percentiles(result.latencyMicros()));
        figures.put("freshnessMs", percentiles(freshness));
        figures.put("missingOnStream", missing);
        figures.put("target", "p99 <= " + BenchSettings.FRESHNESS_P99_TARGET_MS + " ms");
        figures.put("loadAverage", loadAverage());
        report.section("freshness", figures);
        System.out.printf("Freshness at %d/s: p99 %.1f ms%n", settings.freshnessRate(), freshness.getValueAtPercentile(99) / 1000.0);
    }

    /**
     * Brings the event count up to the time-travel data set before the load scenarios, so that each command meets an
     * activity with its history (100 events each in the full run): status changes, 1 in 10 a back-dated correction.
     */
    private void generate() {
        long missing = settings.events() - eventsWritten.get();
        Instant start = Instant.now();
        dataStartedAt = start;
        AtomicLong next = new AtomicLong(eventsWritten.get());
        AtomicLong rejected = new AtomicLong();
        FailedAnswers rejections = new FailedAnswers();
        AtomicLong sent = new AtomicLong();
        long writtenBefore = eventsWritten.get();
        ProcessFootprint.Sample before = ProcessFootprint.sample(stack.stateDirectory());
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < settings.connections(); w++) {
            workers.add(Thread.ofVirtual().start(() -> {
                while (sent.incrementAndGet() <= missing) {
                    long i = next.getAndIncrement();
                    var request = i % 10 == 0 ? data.backDatedCorrection(api, stack.activityService())
                            : data.statusChange(api, stack.activityService(), i);
                    try {
                        HttpResponse<String> answer = api.send(request);
                        if (answer.statusCode() >= 200 && answer.statusCode() < 300) {
                            eventsWritten.incrementAndGet();
                        } else {
                            rejected.incrementAndGet();
                            rejections.record(answer.statusCode(), answer.body());
                        }
                    } catch (IllegalStateException e) {
                        rejected.incrementAndGet();
                        rejections.record(0, e.toString());
                    }
                }
            }));
        }
        workers.forEach(Benchmark::join);
        ProcessFootprint.Sample after = ProcessFootprint.sample(stack.stateDirectory());
        double seconds = Math.max(0.001, Duration.between(start, Instant.now()).toMillis() / 1000.0);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("eventsTarget", settings.events());
        figures.put("eventsWritten", eventsWritten.get());
        figures.put("generatedNow", Math.max(0, missing));
        figures.put("rejected", rejected.get());
        figures.put("rejectedStatuses", rejections.counts());
        figures.put("rejectionSamples", rejections.samples());
        figures.put("seconds", round(seconds));
        figures.put("closedLoopPerSecond", round(Math.max(0, missing - rejected.get()) / seconds));
        figures.put("concurrency", settings.connections());
        figures.put("cpuMsPerCommand", cpuPerCommand(before, after, eventsWritten.get() - writtenBefore));
        figures.put("loadAverage", loadAverage());
        report.section("data", figures);
        System.out.printf("Data: %d events (%d generated in %.1f s, %d rejected)%n", eventsWritten.get(), Math.max(0, missing),
                seconds, rejected.get());
    }

    /** Scenario 3: the programme's state and summary on random dates as known at random instants. */
    private void timeTravel() {
        Instant firstKnown = dataStartedAt;
        awaitReadModelsCaughtUp();
        postgres.resetStatementStatistics();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("samples", settings.timeTravelSamples());
        for (String path : List.of("/api/programme/state", "/api/programme/summary")) {
            ConcurrentHistogram latency = new ConcurrentHistogram(3);
            int failures = 0;
            for (int i = 0; i < settings.timeTravelSamples(); i++) {
                LocalDate date = randomDate();
                Instant knownAt = firstKnown.plusMillis(ThreadLocalRandom.current().nextLong(
                        Math.max(1, Duration.between(firstKnown, Instant.now()).toMillis())));
                long started = System.nanoTime();
                HttpResponse<String> response = api.send(api.get(stack.reportingService(), path + "?date=" + date + "&knownAt=" + knownAt));
                latency.recordValue((System.nanoTime() - started) / 1_000);
                if (response.statusCode() != 200) {
                    failures++;
                }
            }
            Map<String, Object> endpoint = new LinkedHashMap<>(percentiles(latency));
            endpoint.put("failures", failures);
            figures.put(path, endpoint);
            System.out.printf("Time travel %s: p95 %.1f ms%n", path, latency.getValueAtPercentile(95) / 1000.0);
        }
        figures.put("target", "p95 <= " + BenchSettings.TIME_TRAVEL_P95_TARGET_MS + " ms");
        figures.put("reportingDatabaseTopStatements", postgres.topStatements("reporting", 5));
        figures.put("queryPlan", postgres.explain("reporting", "FROM entity_history WHERE", randomDate(), Instant.now()));
        report.section("timeTravel", figures);
    }

    private LocalDate randomDate() {
        return data.firstDay.plusDays(ThreadLocalRandom.current().nextLong(ChronoUnit.DAYS.between(data.firstDay, LocalDate.now()) + 1));
    }

    /** Waits (with a deadline) until reporting-service's live feed has as many activity changes as were acknowledged. */
    private void awaitReadModelsCaughtUp() {
        Instant deadline = Instant.now().plusSeconds(120);
        try (LiveStreamWatcher watcher = new LiveStreamWatcher(api, stack.reportingService())) {
            HttpResponse<String> answer = api.send(data.statusChange(api, stack.activityService(), 0));
            eventsWritten.incrementAndGet();
            watcher.acknowledged(BenchData.entityId(answer.body()), BenchData.version(answer.body()), System.nanoTime());
            if (watcher.awaitDrained(Duration.between(Instant.now(), deadline)) == null) {
                System.out.println("reporting-service did not show the last change within two minutes");
            }
        }
    }

    /** Scenario 4: rebuild the read models from the topics while GET /api/programme/summary keeps being answered. */
    private void rebuild() {
        HttpResponse<String> started = api.send(api.post(stack.reportingService(), "/api/admin/rebuild", "{}"));
        Map<String, Object> figures = new LinkedHashMap<>();
        if (started.statusCode() != 202) {
            figures.put("error", "POST /api/admin/rebuild answered " + started.statusCode() + ": " + started.body());
            report.section("rebuild", figures);
            return;
        }
        URI run = stack.reportingService().resolve(started.headers().firstValue("Location").orElseThrow());
        ConcurrentHistogram served = new ConcurrentHistogram(3);
        Map<Integer, Long> servedStatuses = new HashMap<>();
        Instant deadline = Instant.now().plusSeconds(600);
        String state = "RUNNING";
        String body = started.body();
        while ("RUNNING".equals(state) && Instant.now().isBefore(deadline)) {
            long t = System.nanoTime();
            int status = api.send(api.get(stack.reportingService(), "/api/programme/summary")).statusCode();
            served.recordValue((System.nanoTime() - t) / 1_000);
            servedStatuses.merge(status, 1L, Long::sum);
            body = api.send(api.get(run, run.getPath())).body();
            state = field(body, "state");
        }
        figures.put("state", state);
        figures.put("eventsApplied", numberField(body, "eventsApplied"));
        figures.put("eventsPerSecond", numberField(body, "eventsPerSecond"));
        figures.put("target", BenchSettings.REBUILD_TARGET_PER_SECOND);
        figures.put("servedWhileRebuilding", Map.of("statuses", servedStatuses, "latencyMs", percentiles(served)));
        figures.put("run", body);
        report.section("rebuild", figures);
        System.out.println("Rebuild: " + body);
    }

    /** Scenario 5: Bijlage 1 of the benchmark's programme in each format. */
    private void reports() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("activities", data.activities());
        for (String format : List.of("html", "pdf", "docx", "csv")) {
            ConcurrentHistogram latency = new ConcurrentHistogram(3);
            long bytes = 0;
            int status = 0;
            for (int i = 0; i < settings.reportRepeats(); i++) {
                long t = System.nanoTime();
                HttpResponse<byte[]> response = api.send(api.get(stack.reportingService(),
                        "/api/reports/bijlage1?programme=" + BenchData.PROGRAMME + "&format=" + format),
                        HttpResponse.BodyHandlers.ofByteArray());
                latency.recordValue((System.nanoTime() - t) / 1_000);
                bytes = response.body().length;
                status = response.statusCode();
            }
            Map<String, Object> rendered = new LinkedHashMap<>(percentiles(latency));
            rendered.put("status", status);
            rendered.put("bytes", bytes);
            figures.put(format, rendered);
            System.out.printf("Bijlage 1 %s: %d bytes, max %.0f ms%n", format, bytes, latency.getMaxValue() / 1000.0);
        }
        report.section("reports", figures);
    }

    /** Resident memory and CPU use of each process while nothing is asked of the stack. */
    private void idle() {
        ProcessFootprint.Sample before = ProcessFootprint.sample(stack.stateDirectory());
        long started = System.nanoTime();
        LockSupport.parkNanos(settings.idleDuration().toNanos());
        ProcessFootprint.Sample after = ProcessFootprint.sample(stack.stateDirectory());
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Double> cpuPercent = new LinkedHashMap<>();
        after.cpuSeconds().forEach((role, cpu) -> cpuPercent.put(role,
                round((cpu - before.cpuSeconds().getOrDefault(role, 0.0)) * 100 / seconds)));
        report.section("footprint", Map.of("idle", after, "idleCpuPercent", cpuPercent, "idleSeconds", round(seconds)));
    }

    private void footprintSummary() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("startupSeconds", startupSeconds);
        figures.put("startupTarget", BenchSettings.STARTUP_TARGET_SECONDS);
        figures.put("end", ProcessFootprint.sample(stack.stateDirectory()));
        report.section("footprint", figures);
    }

    private static Map<String, Double> cpuPerCommand(ProcessFootprint.Sample before, ProcessFootprint.Sample after, long commands) {
        Map<String, Double> perCommand = new LinkedHashMap<>();
        after.cpuSeconds().forEach((role, seconds) -> perCommand.put(role,
                commands == 0 ? null : round((seconds - before.cpuSeconds().getOrDefault(role, 0.0)) * 1000 / commands)));
        return perCommand;
    }

    static Map<String, Object> percentiles(Histogram micros) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("count", micros.getTotalCount());
        if (micros.getTotalCount() > 0) {
            figures.put("p50", micros.getValueAtPercentile(50) / 1000.0);
            figures.put("p95", micros.getValueAtPercentile(95) / 1000.0);
            figures.put("p99", micros.getValueAtPercentile(99) / 1000.0);
            figures.put("max", micros.getMaxValue() / 1000.0);
        }
        return figures;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String field(String json, String name) {
        var matcher = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Double numberField(String json, String name) {
        var matcher = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*([0-9.]+)").matcher(json);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : null;
    }

    static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : value;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
