package nl.voortgang.localstack;

import nl.voortgang.infra.Ports;
import nl.voortgang.infra.TestDirectories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LocalStackTest {

    private final Path root = TestDirectories.fresh("repository");
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final LocalStackSettings settings = new LocalStackSettings(root, root.resolve(".voortgang"),
            Ports.freePort(), Ports.freePort(), Ports.freePort(), 3,
            List.of(
                    new ServiceDefinition("identity-provider", Ports.freePort(), null, "IDENTITY_PORT"),
                    new ServiceDefinition("activity-service", Ports.freePort(), "activity", "ACTIVITY_PORT"),
                    new ServiceDefinition("motie-service", Ports.freePort(), "motie", "MOTIE_PORT"),
                    new ServiceDefinition("reporting-service", Ports.freePort(), "reporting", "REPORTING_PORT")), null, List.of(), false);
    private final List<LocalStack> stacks = new ArrayList<>();

    @AfterEach
    void stopStacks() {
        stacks.forEach(LocalStack::stop);
    }

    @Test
    void startsEverythingConfiguresTheServicesRunsStartupStepsRestartsAKilledServiceAndStopsWithoutLeavingAPortTaken() throws Exception {
        installServiceJars(FakeService.class, FakeService.class, FakeService.class);

        LocalStack stack = stack();
        assertThat(stack.start()).as(text()).isTrue();

        assertThat(text()).contains("Voortgang is running", "activity-service is up", "swagger-ui.html", "/actuator/prometheus",
                "Press Ctrl-C to stop.");
        ServiceDefinition activity = settings.service("activity-service");
        assertThat(get("http://localhost:" + activity.port() + "/environment")).contains(
                "SERVER_PORT=" + activity.port(),
                "SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:" + settings.postgresPort() + "/activity",
                "SPRING_DATASOURCE_USERNAME=postgres",
                "SPRING_KAFKA_BOOTSTRAP_SERVERS=localhost:" + settings.kafkaPort(),
                "VOORTGANG_OIDC_ISSUER=http://localhost:" + settings.service("identity-provider").port());
        assertThat(settings.home().resolve(RecordingStartupStep.RECORD_FILE)).content().contains("reportingService=http://localhost:");

        long activityPid = PidFiles.pid(pidFile("activity-service"));
        long motiePid = PidFiles.pid(pidFile("motie-service"));
        long killedAt = System.nanoTime();
        long killedPid = PidFiles.kill("KILL", pidFile("reporting-service"));
        String reportingHealth = "http://localhost:" + settings.service("reporting-service").port() + "/actuator/health";
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> PidFiles.pid(pidFile("reporting-service")) != killedPid && get(reportingHealth).contains("UP"));
        System.out.printf("The local stack's reporting-service answered again %d ms after kill -9%n",
                Duration.ofNanos(System.nanoTime() - killedAt).toMillis());
        assertThat(text()).contains("reporting-service exited with code 137 (signal 9)", "Restarting reporting-service in 1.0 s.");
        assertThat(PidFiles.pid(pidFile("activity-service"))).isEqualTo(activityPid);
        assertThat(PidFiles.pid(pidFile("motie-service"))).isEqualTo(motiePid);

        stack.stop();
        assertThat(allPorts()).allMatch(Ports::isFree);
        assertThat(settings.runDirectory()).isEmptyDirectory();
        assertThat(text().substring(text().indexOf("Stopping the services"))).doesNotContain("exited", "Restarting");

        LocalStack again = stack();
        assertThat(again.start()).as(text()).isTrue();
        again.stop();
        assertThat(allPorts()).allMatch(Ports::isFree);
    }

    @Test
    void showsTheEndOfTheLogOfAServiceThatDiesWhileStartingAndStopsTheRest() throws Exception {
        installServiceJars(FakeService.class, CrashingService.class, FakeService.class);

        LocalStack stack = stack();
        assertThat(stack.start()).isFalse();
        stack.stop();

        assertThat(text()).contains("motie-service exited with code 3", "APPLICATION FAILED TO START: no database schema");
        assertThat(allPorts()).allMatch(Ports::isFree);
    }

    @Test
    void namesATakenPortAndTheVariableThatMovesIt() throws Exception {
        installServiceJars(FakeService.class, FakeService.class, FakeService.class);
        int activityPort = settings.service("activity-service").port();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(activityPort));

            assertThat(stack().start()).isFalse();
        }

        assertThat(text()).contains("Port " + activityPort + " (activity-service; choose another with ACTIVITY_PORT) is already in use");
        assertThat(settings.home().resolve("postgres")).doesNotExist();
    }

    @Test
    void tellsHowToBuildWhenTheServiceJarsAreMissing() {
        assertThat(stack().start()).isFalse();

        assertThat(text()).contains("These service jars are missing: identity-provider/target/identity-provider-0.1.0-SNAPSHOT-exec.jar, activity-service/target/activity-service-0.1.0-SNAPSHOT-exec.jar",
                "./voortgang run");
    }

    private LocalStack stack() {
        LocalStack stack = new LocalStack(settings, new PrintStream(output, true, StandardCharsets.UTF_8));
        stacks.add(stack);
        return stack;
    }

    private String text() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private Path pidFile(String service) {
        return settings.runDirectory().resolve(service + ".pid");
    }

    private List<Integer> allPorts() {
        List<Integer> ports = new ArrayList<>(List.of(settings.postgresPort(), settings.kafkaPort(), settings.kafkaControllerPort()));
        settings.services().forEach(service -> ports.add(service.port()));
        return ports;
    }

    private void installServiceJars(Class<?> activity, Class<?> motie, Class<?> reporting) throws IOException {
        ServiceJars.write(settings.service("identity-provider").jar(root), FakeService.class);
        ServiceJars.write(settings.service("activity-service").jar(root), activity);
        ServiceJars.write(settings.service("motie-service").jar(root), motie);
        ServiceJars.write(settings.service("reporting-service").jar(root), reporting);
    }

    private static String get(String url) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
