package nl.voortgang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import nl.voortgang.localstack.Endpoints;
import nl.voortgang.localstack.LocalStack;
import nl.voortgang.system.SteadyLoad.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault suite: under a steady open-model load, each fault is injected into the real processes of a local stack of
 * its own (it kills them, so it cannot share the system tests' stack), and afterwards every invariant is checked from
 * outside (see {@link FaultRun} and {@link StoreAudit}). Short by default (a few seconds of load per fault, for CI);
 * {@code ./voortgang chaos --long} runs minutes per fault. The figures go to {@code target/fault-suite.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteIT {

    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("voortgang.chaos.load-seconds", 4));
    private static final Duration BROKER_FREEZE = Duration.ofSeconds(Long.getLong("voortgang.chaos.freeze-seconds", 5));
    private static final Duration DATABASE_DOWN = Duration.ofSeconds(10);
    /** The pools wait 2 s for a connection; the rest is queueing on a machine whose CPU others share. */
    private static final Duration OUTAGE_ANSWER_DEADLINE = Duration.ofSeconds(10);
    private static final int RATE = Integer.getInteger("voortgang.chaos.rate", 40);
    /** CI runs the faults that need no service restart, plus one kill, to stay within its time; ./voortgang chaos runs all. */
    private static final boolean ALL_FAULTS = Boolean.getBoolean("voortgang.chaos.all-faults");
    /** A rebuild replays every event so far; the long run compares one at its end instead of one after each fault. */
    private static final boolean REBUILD_AFTER_EACH_FAULT = !Boolean.getBoolean("voortgang.chaos.rebuild-at-end-only");
    private static final Duration RECOVERY_DEADLINE = Duration.ofMinutes(3);
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(4);

    private final ScheduledExecutorService timeline = Executors.newSingleThreadScheduledExecutor();
    private final List<FaultRun> runs = new ArrayList<>();
    private final List<String> finalRebuild = new ArrayList<>();
    private LocalStack stack;
    private Endpoints endpoints;
    private StoreAudit audit;
    private List<String> activities;
    private List<String> moties;
    private String token;
    private Instant tokenFetchedAt = Instant.MIN;

    @BeforeAll
    void startOwnStack() throws SQLException {
        stack = RunningStack.start(Path.of("target", "chaos-" + ProcessHandle.current().pid()).toAbsolutePath(), Map.of());
        endpoints = stack.endpoints();
        audit = new StoreAudit(endpoints);
        await().atMost(RECOVERY_DEADLINE).until(audit::readModelCaughtUp);
        activities = audit.ids("SELECT entity_id FROM read_model.entity_history WHERE entity_type = 'ACTIVITY'"
                + " AND recorded_to IS NULL AND valid_to IS NULL AND status NOT IN ('COMPLETED', 'ABORTED')");
        moties = audit.ids("SELECT entity_id FROM read_model.entity_history WHERE entity_type = 'MOTIE'"
                + " AND recorded_to IS NULL AND valid_to IS NULL AND status <> 'FULFILLED'");
        assertThat(activities).isNotEmpty();
        assertThat(moties).isNotEmpty();
    }

    @AfterAll
    void stopStackAndWriteFigures() throws IOException {
        timeline.shutdownNow();
        if (stack != null) {
            stack.stop();
        }
        System.out.println(writeFigures());
    }

    /** The figures so far, written after each fault so that a run cut short still leaves them. */
    private synchronized String writeFigures() throws IOException {
        StringBuilder report = new StringBuilder(String.format("Fault suite, %d requests/s, %d s of load around each fault, %s%n%n",
                RATE, LOAD.toSeconds(), Instant.now()));
        report.append(FaultRun.tableHeader()).append(System.lineSeparator());
        runs.forEach(run -> report.append(run.tableRow()).append(System.lineSeparator()));
        finalRebuild.forEach(line -> report.append(System.lineSeparator()).append(line).append(System.lineSeparator()));
        Files.writeString(Path.of("target", "fault-suite.md"), report);
        return report.toString();
    }

    @Test
    @Order(1)
    void withoutAFaultNothingIsLostOrDoubled() throws Exception {
        assumeTrue(ALL_FAULTS, "only in ./voortgang chaos (-Dvoortgang.chaos.all-faults=true)");
        assertIntact(underLoad("no fault (baseline)", Duration.ZERO, () -> { }, () -> { }));
    }

    @Test
    @Order(2)
    void activityServiceKilledMidLoadLosesAndDoublesNothing() throws Exception {
        assertIntact(underLoad("kill -9 activity-service", Duration.ZERO, () -> kill("activity-service"), () -> { }));
    }

    @Test
    @Order(3)
    void motieServiceKilledMidLoadLosesAndDoublesNothing() throws Exception {
        assumeTrue(ALL_FAULTS, "only in ./voortgang chaos (-Dvoortgang.chaos.all-faults=true)");
        assertIntact(underLoad("kill -9 motie-service", Duration.ZERO, () -> kill("motie-service"), () -> { }));
    }

    @Test
    @Order(4)
    void reportingServiceKilledMidStreamLosesAndDoublesNothing() throws Exception {
        assumeTrue(ALL_FAULTS, "only in ./voortgang chaos (-Dvoortgang.chaos.all-faults=true)");
        assertIntact(underLoad("kill -9 reporting-service", Duration.ZERO, () -> kill("reporting-service"), () -> { }));
    }

    @Test
    @Order(5)
    void brokerFrozenThenLetGoLosesAndDoublesNothing() throws Exception {
        long broker = stack.kafkaPid();
        FaultRun run = underLoad("Kafka broker frozen (SIGSTOP) " + BROKER_FREEZE.toSeconds() + " s", BROKER_FREEZE,
                () -> signal("STOP", broker), () -> signal("CONT", broker));
        assertIntact(run);
    }

    @Test
    @Order(6)
    void brokerKilledAndRestartedLosesAndDoublesNothing() throws Exception {
        assumeTrue(ALL_FAULTS, "only in ./voortgang chaos (-Dvoortgang.chaos.all-faults=true)");
        assertIntact(underLoad("kill -9 Kafka broker, restarted", Duration.ofSeconds(3), stack::killKafka, stack::startKafka));
    }

    @Test
    @Order(7)
    void databaseStoppedMakesCommandsAnswer503QuicklyAndAllRecovers() throws Exception {
        FaultRun run = underLoad("PostgreSQL stopped " + DATABASE_DOWN.toSeconds() + " s", DATABASE_DOWN,
                stack::stopPostgres, stack::startPostgres);
        List<Outcome> duringOutage = run.commands().stream()
                .filter(o -> o.sentAtNanos() >= run.injectedAt() && o.sentAtNanos() + o.latencyNanos() < run.releasedAt())
                .toList();
        assertThat(duringOutage).isNotEmpty();
        assertThat(duringOutage).allSatisfy(o -> {
            assertThat(o.status()).as("answer during the outage").isEqualTo(503);
            assertThat(o.contentType()).startsWith("application/problem+json");
            assertThat(o.retryAfter()).isNotBlank();
            assertThat(Duration.ofNanos(o.latencyNanos())).isLessThan(OUTAGE_ANSWER_DEADLINE);
        });
        assertIntact(run);
    }

    @Test
    @Order(8)
    void twoInstancesOfEachServiceForwardAndApplyEveryEventOnceAndNeverForkAHistory() throws Exception {
        assumeTrue(ALL_FAULTS, "only in ./voortgang chaos (-Dvoortgang.chaos.all-faults=true)");
        Map<String, URI> second = stack.startSecondInstances(List.of("activity-service", "motie-service", "reporting-service"));
        List<URI> activityServices = List.of(endpoints.activityService(), second.get("activity-service"));
        List<URI> motieServices = List.of(endpoints.motieService(), second.get("motie-service"));
        List<URI> reportingServices = List.of(endpoints.reportingService(), second.get("reporting-service"));
        List<String> contended = activities.subList(0, Math.min(3, activities.size()));
        FaultRun run = underLoad("two instances of each service; " + contended.size() + " activities changed through both",
                Duration.ZERO, new SteadyLoad(activityServices, motieServices, reportingServices, this::token, contended, moties),
                () -> { }, () -> { }, stack::stopSecondInstances);
        assertIntact(run);
    }

    @Test
    @Order(9)
    void eventStoreDiskFullMakesCommandsAnswer503AndLosesNothing() throws Exception {
        EventStoreDisk disk = new EventStoreDisk(endpoints, endpoints.stateDirectory().resolve("event-store-disk"));
        assumeTrue(disk.mountAlmostFull(), "a tmpfs can be mounted here (needs root): " + disk.mountProblem());
        FaultRun run;
        try {
            run = underLoad("activity event store's disk full", LOAD, () -> { }, disk::grow);
        } finally {
            disk.restore();
        }
        assertThat(run.commands().stream().filter(o -> o.status() >= 500)).as("5xx while the disk was full")
                .isNotEmpty().allSatisfy(o -> {
                    assertThat(o.status()).isEqualTo(503);
                    assertThat(o.contentType()).startsWith("application/problem+json");
                    assertThat(o.retryAfter()).isNotBlank();
                });
        assertIntact(run);
    }

    @Test
    @Order(10)
    void aRebuildFromTheTopicsReproducesTheReadModelAfterAllFaults() throws Exception {
        assumeTrue(!REBUILD_AFTER_EACH_FAULT, "each fault compared a rebuild already");
        Instant started = Instant.now();
        List<String> differences = rebuildDifferences();
        finalRebuild.add(String.format(Locale.ROOT, "Rebuild after all faults: %d events, %.1f s, %s", audit.eventCounts()[1],
                Duration.between(started, Instant.now()).toMillis() / 1000.0, differences.isEmpty() ? "equal" : differences));
        writeFigures();
        assertThat(differences).isEmpty();
    }

    private FaultRun underLoad(String fault, Duration faultFor, Runnable inject, Runnable release) throws Exception {
        return underLoad(fault, faultFor, new SteadyLoad(endpoints, this::token, activities, moties), inject, release, () -> { });
    }

    private FaultRun underLoad(String fault, Duration faultFor, SteadyLoad load, Runnable inject, Runnable release,
                               Runnable afterLoad) throws Exception {
        long startedAt = System.nanoTime();
        load.start(RATE);
        long[] moments = new long[2];
        ScheduledFuture<?> injected = timeline.schedule(() -> {
            inject.run();
            moments[0] = System.nanoTime();
        }, LOAD.toMillis() / 2, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> released = timeline.schedule(() -> {
            moments[1] = System.nanoTime();
            release.run();
        }, LOAD.toMillis() / 2 + faultFor.toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> loadEnds = timeline.schedule(() -> { }, LOAD.toMillis() + faultFor.toMillis(), TimeUnit.MILLISECONDS);
        injected.get();
        released.get();
        loadEnds.get();
        List<Outcome> outcomes = load.stop();
        long loadEndedAt = System.nanoTime();
        afterLoad.run();
        awaitEveryServiceHealthy();
        await().atMost(RECOVERY_DEADLINE).pollInterval(Duration.ofMillis(200)).until(audit::readModelCaughtUp);
        Duration catchUp = Duration.ofNanos(System.nanoTime() - loadEndedAt);
        StoreAudit.Snapshot snapshot = audit.snapshot();
        List<String> rebuildDifferences = REBUILD_AFTER_EACH_FAULT ? rebuildDifferences() : List.of();
        FaultRun run = new FaultRun(fault, outcomes, Math.max(moments[0], startedAt), Math.max(moments[1], moments[0]),
                loadEndedAt, catchUp, snapshot, rebuildDifferences);
        runs.add(run);
        writeFigures();
        return run;
    }

    private void assertIntact(FaultRun run) {
        assertThat(run.snapshot().violations()).as(run.fault()).isEmpty();
        assertThat(run.acknowledged()).as("acknowledged commands under " + run.fault()).isPositive();
        assertThat(run.outcomes()).as("answers other than 503 among the 5xx under " + run.fault())
                .noneMatch(o -> o.status() >= 500 && o.status() != 503);
        assertThat(run.lost()).as("acknowledged commands lost under " + run.fault()).isZero();
        assertThat(run.doubled()).as("commands doubled under " + run.fault()).isZero();
        assertThat(run.halfDone()).as("commands half there under " + run.fault()).isZero();
        assertThat(run.rebuildDifferences()).as("what a rebuild from the topics changed in the read model after " + run.fault()).isEmpty();
    }

    private List<String> rebuildDifferences() throws SQLException {
        audit.keepReadModel();
        Http.Response started = Http.post(endpoints.reportingService(), "/api/admin/rebuild", "{}", token());
        assertThat(started.status()).isEqualTo(202);
        String location = started.header("Location");
        await().atMost(RECOVERY_DEADLINE).pollInterval(Duration.ofMillis(250)).until(() -> {
            String state = Http.get(endpoints.reportingService(), location, token()).body().path("state").asString();
            assertThat(state).isNotEqualTo("FAILED");
            return state.equals("SWITCHED");
        });
        return audit.differencesFromKeptReadModel();
    }

    private void awaitEveryServiceHealthy() {
        for (URI service : List.of(endpoints.activityService(), endpoints.motieService(), endpoints.reportingService())) {
            await().atMost(RECOVERY_DEADLINE).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> Http.get(service, "/actuator/health", token()).status() == 200);
        }
    }

    private void kill(String service) {
        ProcessHandle.of(stack.servicePid(service)).ifPresent(ProcessHandle::destroyForcibly);
    }

    private static void signal(String signal, long pid) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
            assertThat(exit).as("kill -" + signal + " " + pid).isZero();
        } catch (IOException e) {
            throw new IllegalStateException("could not send SIG" + signal + " to " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized String token() {
        if (Instant.now().isAfter(tokenFetchedAt.plus(TOKEN_REUSE))) {
            token = LocalTokens.testClientOf(endpoints);
            tokenFetchedAt = Instant.now();
        }
        return token;
    }
}
