package nl.voortgang.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's own programme (BENCH): activities registered three years back, and status changes that alternate
 * between IN_PROGRESS and ONGOING on effective dates three days apart per activity (capped at today), plus back-dated
 * corrections to NOT_STARTED between two earlier changes.
 */
final class BenchData {

    static final String PROGRAMME = "BENCH";
    static final int DAYS_BETWEEN_CHANGES = 3;
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    final LocalDate firstDay = LocalDate.now().minusYears(3);
    private final List<String> ids = new ArrayList<>();
    private final List<AtomicInteger> changes = new ArrayList<>();

    void register(Api api, URI activityService, int count) {
        for (int i = ids.size(); i < count; i++) {
            String body = """
                    {"programme":"%s","actionLine":%d,"code":"BENCH-%d","title":"Benchmarkactiviteit %d","planning":"Q4 2026",
                     "responsible":["%s"],"status":"NOT_STARTED","effectiveDate":"%s"}"""
                    .formatted(PROGRAMME, 1 + i % 9, i, i, i % 2 == 0 ? "OCW" : "VWS", firstDay);
            HttpResponse<String> response = api.send(api.post(activityService, "/api/activities", body));
            if (response.statusCode() != 201) {
                throw new IllegalStateException("registering a benchmark activity answered " + response.statusCode() + ": " + response.body());
            }
            Matcher id = ID.matcher(response.body());
            if (!id.find()) {
                throw new IllegalStateException("no id in " + response.body());
            }
            ids.add(id.group(1));
            changes.add(new AtomicInteger());
        }
    }

    int activities() {
        return ids.size();
    }

    /** The i-th status change of a run spread round-robin over the activities. */
    HttpRequest statusChange(Api api, URI activityService, long i) {
        int activity = (int) (i % ids.size());
        int n = changes.get(activity).incrementAndGet();
        LocalDate date = firstDay.plusDays((long) DAYS_BETWEEN_CHANGES * n);
        LocalDate today = LocalDate.now();
        return api.post(activityService, "/api/activities/" + ids.get(activity) + "/status",
                "{\"status\":\"%s\",\"effectiveDate\":\"%s\"}".formatted(n % 2 == 1 ? "IN_PROGRESS" : "ONGOING",
                        date.isAfter(today) ? today : date));
    }

    /** A status change dated between two earlier changes of a random activity (or its next change if it has none yet). */
    HttpRequest backDatedCorrection(Api api, URI activityService) {
        int activity = ThreadLocalRandom.current().nextInt(ids.size());
        int made = changes.get(activity).get();
        if (made < 2) {
            return statusChange(api, activityService, activity);
        }
        int between = ThreadLocalRandom.current().nextInt(1, made);
        LocalDate date = firstDay.plusDays((long) DAYS_BETWEEN_CHANGES * between + 1);
        if (date.isAfter(LocalDate.now())) {
            return statusChange(api, activityService, activity);
        }
        return api.post(activityService, "/api/activities/" + ids.get(activity) + "/status",
                "{\"status\":\"NOT_STARTED\",\"effectiveDate\":\"%s\",\"explanation\":\"Correctie met terugwerkende kracht\"}"
                        .formatted(date));
    }

    static String entityId(String answer) {
        Matcher id = ID.matcher(answer);
        return id.find() ? id.group(1) : null;
    }

    static long version(String answer) {
        Matcher version = VERSION.matcher(answer);
        return version.find() ? Long.parseLong(version.group(1)) : -1;
    }
}
