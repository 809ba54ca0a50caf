package nl.voortgang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.voortgang.localstack.Endpoints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The slice of the walking skeleton through the real processes: a command to a command service
 * is stored by Axon in its database, forwarded to Kafka, consumed by reporting-service into its
 * own database and answered by its API.
 */
class WalkingSkeletonIT {

    private static Endpoints stack;

    @BeforeAll
    static void startStack() {
        stack = RunningStack.endpoints();
    }

    @Test
    void anActivityRegisteredAtActivityServiceIsVisibleThroughReportingService() {
        Instant sent = Instant.now();
        Http.Response created = Http.post(stack.activityService(), "/api/activities", """
                {"programme":"NAP","actionLine":1,"code":"NAP-9.01","title":"Campagne gewenste omgangsvormen op de werkvloer",
                 "planning":"Q1 2024","responsible":["OCW","SZW"],"status":"IN_PROGRESS","effectiveDate":"2024-03-18"}""");

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            Http.Response read = Http.get(stack.reportingService(), "/api/activities/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body().get("title").asString()).isEqualTo("Campagne gewenste omgangsvormen op de werkvloer");
        });
        System.out.printf("activity visible through reporting-service %d ms after the POST%n",
                Duration.between(sent, Instant.now()).toMillis());
    }

    @Test
    void aMotieRegisteredAtMotieServiceIsVisibleThroughReportingService() {
        Instant sent = Instant.now();
        Http.Response created = Http.post(stack.motieService(), "/api/moties", """
                {"programme":"NAP","submitters":["Van der Laan c.s."],"parliamentaryYear":"2022/23","dossier":"34843","number":"80",
                 "text":"De Tweede Kamer verzoekt de regering in beeld te brengen wat er nodig is om de GREVIO-aanbeveling te implementeren.",
                 "responsible":["SOCW"],"status":"IN_PROGRESS","effectiveDate":"2023-04-04"}""");

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            Http.Response read = Http.get(stack.reportingService(), "/api/moties/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body().get("status").asString()).isEqualTo("IN_PROGRESS");
        });
        System.out.printf("motie visible through reporting-service %d ms after the POST%n",
                Duration.between(sent, Instant.now()).toMillis());
    }

    @Test
    void onceWarmEveryRegisteredActivityBecomesVisibleThroughReportingService() {
        anActivityRegisteredAtActivityServiceIsVisibleThroughReportingService();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Instant sent = Instant.now();
            Http.Response created = Http.post(stack.activityService(), "/api/activities", """
                    {"programme":"NAP","actionLine":2,"title":"Meting %d","planning":"2024","responsible":["VWS"]}""".formatted(i));
            String id = created.body().get("id").asString();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5)).until(() ->
                    Http.get(stack.reportingService(), "/api/activities/" + id).status() == 200);
            millis.add(Duration.between(sent, Instant.now()).toMillis());
        }
        Collections.sort(millis);
        System.out.printf("POST to visible in reporting-service over 20 warm registrations: median %d ms, max %d ms%n",
                millis.get(10), millis.get(19));
        assertThat(millis).hasSize(20);
    }
}
