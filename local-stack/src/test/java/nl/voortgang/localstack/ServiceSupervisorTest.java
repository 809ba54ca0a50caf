package nl.voortgang.localstack;

import nl.voortgang.infra.Ports;
import nl.voortgang.infra.TestDirectories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The supervisor against real service processes: a stand-in JVM that answers health checks, or one that dies at once. */
class ServiceSupervisorTest {

    private static final RestartPolicy QUICK_RESTARTS = new RestartPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(60), 3);

    private final Path root = TestDirectories.fresh("supervised");
    private final int port = Ports.freePort();
    private final LocalStackSettings settings = new LocalStackSettings(root, root.resolve(".voortgang"), 0, 0, 0, 3,
            List.of(new ServiceDefinition("reporting-service", port, "reporting", "REPORTING_PORT")), null, List.of(), false);
    private final ServiceDefinition definition = settings.service("reporting-service");
    private final ServiceProcess service = new ServiceProcess(definition, settings);
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final ServiceSupervisor supervisor = new ServiceSupervisor(new PrintStream(output, true, StandardCharsets.UTF_8),
            QUICK_RESTARTS, Duration.ofSeconds(30));

    @AfterEach
    void stopService() {
        supervisor.stop();
        service.requestStop();
        service.awaitStopped(Duration.ofSeconds(10));
    }

    @Test
    void restartsAServiceKilledWithSignalNineAndSaysHowItEndedWithTheEndOfItsLog() throws Exception {
        startHealthy(FakeService.class);
        supervisor.supervise(service);
        long killedAt = System.nanoTime();
        long killedPid = PidFiles.kill("KILL", service.pidFile());

        await().atMost(Duration.ofSeconds(30)).until(() -> pidFromPidFile() != killedPid && service.answersHealthy());
        System.out.printf("reporting-service answered again %d ms after kill -9%n", Duration.ofNanos(System.nanoTime() - killedAt).toMillis());
        await().atMost(Duration.ofSeconds(5)).until(() -> text().contains("reporting-service is up again on port " + port));
        assertThat(text()).contains(
                "reporting-service exited with code 137 (signal 9)",
                "The end of .voortgang/logs/reporting-service.log:",
                "Fake service answers on port " + port,
                "Restarting reporting-service in 0.1 s.");
        assertThat(ProcessHandle.of(killedPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(service.logFile()).content()
                .as("one log for both runs, the second marked")
                .containsSubsequence("Fake service answers on port", "--- The local stack starts reporting-service again at", "Fake service answers on port");
    }

    @Test
    void restartsAServiceEachTimeItIsStoppedByHandAsTheReadmeSays() throws Exception {
        startHealthy(FakeService.class);
        supervisor.supervise(service);

        for (int kill = 1; kill <= 2; kill++) {
            long pid = PidFiles.kill("TERM", service.pidFile());
            await().atMost(Duration.ofSeconds(30)).until(() -> pidFromPidFile() != pid && service.answersHealthy());
        }

        assertThat(occurrences("reporting-service exited with code 143 (signal 15)")).isEqualTo(2);
    }

    @Test
    void givesUpOnAServiceThatKeepsDyingRightAfterItsStartAndSaysSo() throws Exception {
        ServiceJars.write(definition.jar(root), CrashingService.class);

        service.start(Map.of("SERVER_PORT", Integer.toString(port)));
        supervisor.supervise(service);

        await().atMost(Duration.ofSeconds(30)).until(() -> text().contains("the local stack no longer restarts it"));
        assertThat(text()).contains("reporting-service exited 3 times in a row within 60 s of its start",
                "APPLICATION FAILED TO START: no database schema");
        assertThat(occurrences("reporting-service exited with code 3 after")).isEqualTo(3);
        assertThat(occurrences("Restarting reporting-service in ")).isEqualTo(2);
        assertThat(text()).contains("Restarting reporting-service in 0.1 s.", "Restarting reporting-service in 0.2 s.");
        assertThat(service.isRunning()).isFalse();
    }

    @Test
    void leavesAServiceDownThatWasAskedToStop() throws Exception {
        startHealthy(FakeService.class);
        supervisor.supervise(service);

        service.requestStop();
        service.awaitStopped(Duration.ofSeconds(10));

        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> !service.isRunning() && !service.answersHealthy());
        assertThat(text()).doesNotContain("exited", "Restarting");
    }

    private void startHealthy(Class<?> mainClass) throws IOException {
        ServiceJars.write(definition.jar(root), mainClass);
        service.start(Map.of("SERVER_PORT", Integer.toString(port)));
        await().atMost(Duration.ofSeconds(30)).until(service::answersHealthy);
    }

    private long pidFromPidFile() throws IOException {
        return PidFiles.pid(service.pidFile());
    }

    private int occurrences(String fragment) {
        return (int) Pattern.compile(Pattern.quote(fragment)).matcher(text()).results().count();
    }

    private String text() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
