package nl.voortgang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.voortgang.localstack.Endpoints;
import nl.voortgang.localstack.nap.NapLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The local stack starts with the whole NAP programme loaded by its startup step, through the public command APIs with
 * the real dates and the actor "import": Annex 1's counts, the different states on the two report dates, and a second
 * run that changes nothing.
 */
class NapProgrammeIT {

    private static final String FIRST_REPORT = "2024-03-18";
    private static final String SECOND_REPORT = "2025-03-31";
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private static Endpoints stack;
    private static Set<String> napCodes;

    @BeforeAll
    static void startStack() throws IOException {
        stack = RunningStack.endpoints();
        Matcher codes = Pattern.compile("(?m)^(NAP-\\d\\.\\d\\d),").matcher(
                Files.readString(Path.of("..", "data", "nap", "activities.csv"), StandardCharsets.UTF_8));
        napCodes = codes.results().map(match -> match.group(1)).collect(Collectors.toSet());
    }

    @Test
    void theActivitiesPerActionLineAreThoseOfAnnex1() {
        await().atMost(DEADLINE).untilAsserted(() ->
                assertThat(napActivitiesPerActionLine()).isEqualTo(Map.of(1, 27, 2, 7, 3, 31, 4, 6, 5, 12)));
        assertThat(napCodes).hasSize(83);
    }

    @Test
    void theActivitiesThatChangedDifferBetweenTheTwoReportDates() {
        await().atMost(DEADLINE).untilAsserted(() -> {
            assertThat(activity("NAP-1.02", FIRST_REPORT).get("status").asString()).isEqualTo("DELAYED");
            assertThat(activity("NAP-1.02", SECOND_REPORT).get("status").asString()).isEqualTo("IN_PROGRESS");
            assertThat(activity("NAP-3.04", FIRST_REPORT).get("status").asString()).isEqualTo("IN_PROGRESS");
            assertThat(activity("NAP-3.04", SECOND_REPORT).get("status").asString()).isEqualTo("COMPLETED");
            assertThat(activity("NAP-5.02", FIRST_REPORT).get("status").asString()).isEqualTo("IN_PROGRESS");
            assertThat(activity("NAP-5.02", SECOND_REPORT).get("status").asString()).isEqualTo("COMPLETED");
            assertThat(activity("NAP-2.03", FIRST_REPORT).get("planning").toString()).contains("Q3-Q4 2024");
            assertThat(activity("NAP-2.03", SECOND_REPORT).get("planning").toString()).contains("Q1-Q3 2025");
        });
        assertThat(activity("NAP-1.02", "2023-06-01").get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(activity("NAP-1.02", FIRST_REPORT).get("originalPlanning").toString()).contains("Q4 2023");
        assertThat(activity("NAP-1.15", "2023-01-13").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(activity("NAP-4.01", SECOND_REPORT).get("status").asString())
                .isEqualTo(activity("NAP-4.01", FIRST_REPORT).get("status").asString());
    }

    @Test
    void theMotiesAndToezeggingenThatChangedDifferBetweenTheTwoReportDates() {
        await().atMost(DEADLINE).untilAsserted(() -> {
            JsonNode m01First = followUp("moties", "35925-VIII", FIRST_REPORT);
            JsonNode m01Second = followUp("moties", "35925-VIII", SECOND_REPORT);
            assertThat(m01First.get("status").asString()).isEqualTo("UNKNOWN");
            assertThat(m01Second.get("status").asString()).isEqualTo("FULFILLED");
            assertThat(m01Second.get("fulfilledBy").asString()).isEqualTo("Kamerstukken II 2024/25, 28345, nr. 281");
            assertThat(m01Second.get("linkedActivities")).hasSize(1);
            assertThat(followUp("moties", "nr. 79", FIRST_REPORT).get("status").asString()).isEqualTo("UNKNOWN");
            assertThat(followUp("moties", "nr. 79", SECOND_REPORT).get("status").asString()).isEqualTo("IN_PROGRESS");
            assertThat(followUp("moties", "35592", SECOND_REPORT).get("status").asString()).isEqualTo("NOT_STARTED");
        });
        JsonNode toezeggingen = Http.get(stack.reportingService(), "/api/toezeggingen?date=" + SECOND_REPORT).body();
        assertThat(StreamSupport.stream(toezeggingen.spliterator(), false).map(t -> t.get("status").asString()))
                .contains("FULFILLED", "DELAYED");
    }

    @Test
    void everyNapEventIsRecordedWithTheActorImportAndASecondRunChangesNothing() throws IOException {
        NapLoader.Summary again = NapLoader.load(stack);
        assertThat(again.stored()).isZero();
        assertThat(again.activities()).isEqualTo(83);
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(auditTotal("actor=import")).isEqualTo(again.replayed()));
        long allEvents = auditTotal("");

        NapLoader.Summary third = NapLoader.load(stack);

        assertThat(third.stored()).isZero();
        assertThat(third.replayed()).isEqualTo(again.replayed());
        await().during(Duration.ofSeconds(3)).atMost(DEADLINE).until(() -> auditTotal("actor=import") == again.replayed());
        assertThat(auditTotal("")).isGreaterThanOrEqualTo(allEvents);
        assertThat(auditTotal("actor=" + LocalTokens.TEST_CLIENT + "&entityId=" + activity("NAP-1.02", SECOND_REPORT).get("id").asString()))
                .isZero();
        System.out.printf("NAP loader replay: %d commands already there in %d ms%n", third.replayed(), third.duration().toMillis());
    }

    private static Map<Integer, Integer> napActivitiesPerActionLine() {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int line = 1; line <= 5; line++) {
            JsonNode list = Http.get(stack.reportingService(), "/api/activities?actionLine=" + line).body();
            int count = (int) StreamSupport.stream(list.spliterator(), false)
                    .filter(activity -> napCodes.contains(activity.get("code").asString())).count();
            counts.put(line, count);
        }
        return counts;
    }

    private static JsonNode activity(String code, String date) {
        int actionLine = Integer.parseInt(code.substring(4, 5));
        JsonNode list = Http.get(stack.reportingService(), "/api/activities?actionLine=" + actionLine + "&date=" + date).body();
        return StreamSupport.stream(list.spliterator(), false).filter(activity -> code.equals(activity.get("code").asString()))
                .findFirst().orElseThrow(() -> new AssertionError(code + " is not in the programme on " + date));
    }

    private static JsonNode followUp(String collection, String kamerstukPart, String date) {
        JsonNode list = Http.get(stack.reportingService(), "/api/" + collection + "?date=" + date).body();
        return StreamSupport.stream(list.spliterator(), false)
                .filter(item -> item.hasNonNull("kamerstuk") && item.get("kamerstuk").asString().contains(kamerstukPart))
                .findFirst().orElseThrow(() -> new AssertionError("no " + collection + " with " + kamerstukPart + " on " + date));
    }

    private static long auditTotal(String filter) {
        return Http.get(stack.reportingService(), "/api/audit?size=1&" + filter).body().get("total").asLong();
    }
}
