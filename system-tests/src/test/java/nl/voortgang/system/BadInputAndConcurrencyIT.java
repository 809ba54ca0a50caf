package nl.voortgang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.voortgang.localstack.Endpoints;
import nl.voortgang.testsupport.web.ConcurrentWrites;
import nl.voortgang.testsupport.web.ConcurrentWrites.Attempt;
import nl.voortgang.testsupport.web.OpenApiFuzzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chain behind the services after bad input and concurrent writes, through the real processes: the service tests
 * fuzz each service in depth; here a short fuzz of both command services is followed by a good change that must reach
 * reporting-service within 2 s, and twenty concurrent writers must leave the read model at the version they made.
 */
class BadInputAndConcurrencyIT {

    private static final int CASES_PER_OPERATION = Integer.getInteger("voortgang.fuzz.system-cases", 3);

    private static Endpoints stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.endpoints();
    }

    @Test
    void afterFuzzingBothCommandServicesAGoodChangeReachesTheReadModelWithinTwoSeconds() {
        String activity = register();
        for (URI service : List.of(stack.activityService(), stack.motieService())) {
            OpenApiFuzzer.Report report = OpenApiFuzzer.fuzz(service, OpenApiFuzzer.Settings.fromSystemProperties(
                    LocalTokens.testClient(), List.of(activity), Set.of(), () -> 0).withCasesPerOperation(CASES_PER_OPERATION));
            assertThat(report.faults()).as(report.summary()).isEmpty();
        }

        String afterwards = register();
        Instant sent = Instant.now();
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> Http.get(stack.reportingService(), "/api/activities/" + afterwards).status() == 200);
        System.out.printf("after fuzzing, a registration was visible in reporting-service %d ms after the POST%n",
                Duration.between(sent, Instant.now()).toMillis());
    }

    @Test
    void twentyConcurrentWritersLeaveTheReadModelAtTheVersionTheyMade() {
        String activity = register();

        List<Attempt> attempts = ConcurrentWrites.run(stack.activityService().resolve("/api/activities/" + activity + "/progress"),
                LocalTokens.testClient(), 20, 2, null, write -> "{\"period\":\"2024\",\"text\":\"Schrijver " + write + "\"}");

        assertThat(ConcurrentWrites.appliedVersions(attempts)).hasSize(40);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(Http.get(stack.reportingService(), "/api/activities/" + activity).body().get("version").asLong())
                        .isEqualTo(40));
    }

    private static String register() {
        Http.Response created = Http.post(stack.activityService(), "/api/activities", """
                {"programme":"NAP","actionLine":3,"title":"Na het fuzzen","planning":"2025","responsible":["JenV"]}""");
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asString();
    }
}
