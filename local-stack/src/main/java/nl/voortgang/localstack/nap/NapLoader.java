package nl.voortgang.localstack.nap;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.voortgang.localstack.Endpoints;
import nl.voortgang.localstack.StartupStep;

/**
 * Replays the NAP programme from data/nap through the command services' public HTTP APIs, on their import channels
 * (actor "import"), with the real effective dates: registrations at the programme start, the statuses of the first
 * progress report, the later changes in date order, then the moties and toezeggingen with their stand van zaken,
 * fulfilments, merges and links. Every request carries a deterministic Idempotency-Key, so a second run stores nothing.
 */
public final class NapLoader implements StartupStep {

    static final LocalDate PROGRAMME_START = LocalDate.of(2023, 1, 13);
    static final String PROGRAMME = "NAP";
    static final String SECOND_REPORT_DOCUMENT = "Tweede voortgangsrapportage NAP (2025), bijlage 2";
    static final String UNKNOWN_SUBMITTERS = "Onbekend (tekst verloren in de bron)";

    private final CommandClient client = new CommandClient();
    private final Map<String, String> activityIds = new HashMap<>();
    private final Map<String, String> followUpIds = new HashMap<>();

    /** What one run did: commands the services stored, and commands they had already stored before. */
    public record Summary(int activities, int changes, int moties, int toezeggingen, int stored, int replayed,
                          Duration duration) {
    }

    @Override
    public void run(Endpoints endpoints, boolean loadNap) throws IOException {
        if (!loadNap) {
            System.out.println("VOORTGANG_LOAD_NAP=false: the NAP programme is not loaded.");
            return;
        }
        load(endpoints);
    }

    public static Summary load(Endpoints endpoints) throws IOException {
        return new NapLoader().loadOnce(endpoints);
    }

    private Summary loadOnce(Endpoints endpoints) throws IOException {
        Instant started = Instant.now();
        Path data = dataDirectory(endpoints.repositoryRoot());
        CsvFile activities = CsvFile.read(data.resolve("activities.csv"));
        CsvFile changes = CsvFile.read(data.resolve("activity-changes.csv"));
        CsvFile moties = CsvFile.read(data.resolve("moties.csv"));
        CsvFile toezeggingen = CsvFile.read(data.resolve("toezeggingen.csv"));

        URI activityService = endpoints.activityImportChannel();
        URI motieService = endpoints.motieImportChannel();
        Map<Integer, Integer> perActionLine = new TreeMap<>();
        for (CsvFile.Row row : activities.rows()) {
            registerActivity(activityService, row);
            perActionLine.merge(Integer.parseInt(row.get("actionLine")), 1, Integer::sum);
        }
        for (CsvFile.Row row : activities.rows()) {
            recordFirstReport(activityService, row);
        }
        recordChanges(activityService, changes);
        for (CsvFile.Row row : moties.rows()) {
            registerMotie(motieService, row);
        }
        for (CsvFile.Row row : toezeggingen.rows()) {
            registerToezegging(motieService, row);
        }
        for (CsvFile.Row row : moties.rows()) {
            recordFollowUpStatus(motieService, "moties", row);
        }
        for (CsvFile.Row row : toezeggingen.rows()) {
            recordFollowUpStatus(motieService, "toezeggingen", row);
        }
        for (CsvFile.Row row : moties.rows()) {
            recordMerge(motieService, row);
        }
        for (CsvFile.Row row : moties.rows()) {
            recordLinks(motieService, "moties", row);
        }
        for (CsvFile.Row row : toezeggingen.rows()) {
            recordLinks(motieService, "toezeggingen", row);
        }
        Summary summary = new Summary(activities.rows().size(), changes.rows().size(), moties.rows().size(),
                toezeggingen.rows().size(), client.stored(), client.replayed(), Duration.between(started, Instant.now()));
        System.out.printf("NAP loaded from %s: %d activities (per action line %s), %d changes, %d moties, %d toezeggingen; "
                        + "%d commands stored, %d already there; %.1f s%n",
                data, summary.activities(), perActionLine, summary.changes(), summary.moties(), summary.toezeggingen(),
                summary.stored(), summary.replayed(), summary.duration().toMillis() / 1000.0);
        return summary;
    }

    static Path dataDirectory(Path repositoryRoot) {
        List<Path> starts = List.of(repositoryRoot.toAbsolutePath().normalize(), Path.of("").toAbsolutePath().normalize());
        for (Path start : starts) {
            for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
                Path data = candidate.resolve("data").resolve("nap");
                if (Files.isRegularFile(data.resolve("activities.csv"))) {
                    return data;
                }
            }
        }
        throw new NapLoadException("data/nap/activities.csv was not found in " + starts + " or any folder above them");
    }

    private void registerActivity(URI service, CsvFile.Row row) {
        String code = row.get("code");
        LocalDate statusDate = LocalDate.parse(row.get("statusDate"));
        boolean statusKnownAtStart = !statusDate.isAfter(PROGRAMME_START);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programme", PROGRAMME);
        body.put("actionLine", Integer.parseInt(row.get("actionLine")));
        body.put("code", code);
        body.put("title", row.get("title"));
        body.put("description", row.optional("description"));
        body.put("planning", delayed(row) ? row.get("originalPlanning") : row.get("planning"));
        body.put("responsible", row.list("responsible"));
        body.put("status", statusKnownAtStart || unknownStatus(row) ? row.get("status") : "NOT_STARTED");
        body.put("explanation", statusKnownAtStart ? row.optional("explanation")
                : "Overgenomen uit bijlage 1 van de eerste voortgangsrapportage van het NAP.");
        body.put("effectiveDate", PROGRAMME_START.toString());
        activityIds.put(code, client.post(service, "/api/activities", "nap:activity:" + code + ":register", withoutNulls(body),
                row, "register").get("id").asString());
    }

    private void recordFirstReport(URI service, CsvFile.Row row) {
        String code = row.get("code");
        LocalDate statusDate = LocalDate.parse(row.get("statusDate"));
        if (!statusDate.isAfter(PROGRAMME_START)) {
            return;
        }
        String path = "/api/activities/" + activityIds.get(code);
        String key = "nap:activity:" + code + ":first-report:";
        String status = row.get("status");
        String explanation = row.optional("explanation");
        if (delayed(row)) {
            client.post(service, path + "/delay", key + "delay", withoutNulls(Map.of("newPlanning", row.get("planning"),
                    "reason", explanation == null ? "De planning is bijgesteld." : explanation,
                    "effectiveDate", statusDate.toString())), row, "delay");
            if (status.equals("DELAYED")) {
                return;
            }
        }
        switch (status) {
            case "NOT_STARTED", "UNKNOWN" -> {
                if (explanation != null) {
                    client.post(service, path + "/progress", key + "progress", Map.of("period", "Voortgangsrapportage "
                            + statusDate.getYear(), "text", explanation, "effectiveDate", statusDate.toString()), row, "progress");
                }
            }
            case "COMPLETED" -> client.post(service, path + "/completion", key + "completion",
                    withoutNulls(body("explanation", explanation, "effectiveDate", statusDate.toString())), row, "completion");
            case "ABORTED" -> client.post(service, path + "/abort", key + "abort",
                    Map.of("reason", explanation, "effectiveDate", statusDate.toString()), row, "abort");
            default -> client.post(service, path + "/status", key + "status",
                    withoutNulls(body("status", status, "explanation", explanation, "effectiveDate", statusDate.toString())),
                    row, "status");
        }
    }

    private void recordChanges(URI service, CsvFile changes) {
        List<CsvFile.Row> inDateOrder = new ArrayList<>(changes.rows());
        inDateOrder.sort(Comparator.comparing(row -> LocalDate.parse(row.get("effectiveDate"))));
        Map<String, Integer> seen = new HashMap<>();
        for (CsvFile.Row row : inDateOrder) {
            String code = row.get("code");
            String id = activityIds.get(code);
            if (id == null) {
                throw new NapLoadException(row + ": no activity with code " + code + " in activities.csv");
            }
            String date = row.get("effectiveDate");
            String kind = row.get("kind");
            String stepKey = code + ":change:" + date + ":" + kind;
            String key = "nap:activity:" + stepKey + ":" + seen.merge(stepKey, 1, Integer::sum);
            String path = "/api/activities/" + id;
            String explanation = row.optional("explanation");
            switch (kind) {
                case "PROGRESS" -> client.post(service, path + "/progress", key, Map.of("period",
                        date.substring(0, 4), "text", explanation, "effectiveDate", date), row, "progress");
                case "STATUS" -> client.post(service, path + "/status", key,
                        withoutNulls(body("status", row.get("status"), "explanation", explanation, "effectiveDate", date)), row, "status");
                case "COMPLETION" -> client.post(service, path + "/completion", key,
                        withoutNulls(body("explanation", explanation, "effectiveDate", date)), row, "completion");
                case "DELAY" -> client.post(service, path + "/delay", key,
                        Map.of("newPlanning", row.get("newPlanning"), "reason", explanation, "effectiveDate", date), row, "delay");
                default -> throw new NapLoadException(row + ": unknown kind " + kind
                        + "; use PROGRESS, STATUS, COMPLETION or DELAY");
            }
        }
    }

    private void registerMotie(URI service, CsvFile.Row row) {
        String key = row.get("key");
        List<String> submitters = row.list("submitters");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programme", PROGRAMME);
        body.put("submitters", submitters.isEmpty() ? List.of(UNKNOWN_SUBMITTERS) : submitters);
        body.put("adoptedDate", row.optional("adoptedDate"));
        body.put("parliamentaryYear", row.optional("kamerstukYear"));
        body.put("dossier", row.optional("kamerstukDossier"));
        body.put("number", row.optional("kamerstukNumber"));
        body.put("text", Boolean.parseBoolean(row.get("textLost")) ? null : row.optional("text"));
        body.put("responsible", row.list("responsible"));
        body.put("dueText", row.optional("dueText"));
        body.put("status", "UNKNOWN");
        body.put("effectiveDate", registrationDate(row).toString());
        followUpIds.put(key, client.post(service, "/api/moties", "nap:motie:" + key + ":register", withoutNulls(body),
                row, "register").get("id").asString());
    }

    private void registerToezegging(URI service, CsvFile.Row row) {
        String key = row.get("key");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programme", PROGRAMME);
        body.put("occasion", row.optional("occasion"));
        body.put("occasionDate", row.optional("occasionDate"));
        body.put("text", row.get("text"));
        body.put("responsible", row.list("responsible"));
        body.put("dueText", row.optional("dueText"));
        body.put("status", "UNKNOWN");
        body.put("effectiveDate", registrationDate(row).toString());
        followUpIds.put(key, client.post(service, "/api/toezeggingen", "nap:toezegging:" + key + ":register",
                withoutNulls(body), row, "register").get("id").asString());
    }

    private void recordFollowUpStatus(URI service, String collection, CsvFile.Row row) {
        String key = row.get("key");
        String path = "/api/" + collection + "/" + followUpIds.get(key);
        String idempotencyKey = "nap:" + singular(collection) + ":" + key + ":";
        String statusDate = row.get("statusDate");
        String standVanZaken = row.get("standVanZaken");
        if (row.get("status").equals("FULFILLED")) {
            String document = row.optional("fulfilledBy");
            client.post(service, path + "/fulfilment", idempotencyKey + "fulfilment", Map.of(
                    "document", document == null ? SECOND_REPORT_DOCUMENT : document,
                    "explanation", standVanZaken, "effectiveDate", statusDate), row, "fulfilment");
        } else {
            client.post(service, path + "/progress", idempotencyKey + "progress", Map.of("status", row.get("status"),
                    "text", standVanZaken, "effectiveDate", statusDate), row, "progress");
        }
    }

    private void recordMerge(URI service, CsvFile.Row row) {
        String key = row.get("key");
        String other = row.optional("mergedWith");
        if (other == null) {
            return;
        }
        String otherId = followUpIds.get(other);
        if (otherId == null) {
            throw new NapLoadException(row + ": mergedWith names " + other + ", which is not in moties.csv");
        }
        client.post(service, "/api/moties/" + followUpIds.get(key) + "/merge", "nap:motie:" + key + ":merge:" + other,
                Map.of("withId", otherId, "explanation", row.get("standVanZaken"), "effectiveDate", row.get("statusDate")),
                row, "merge with " + other);
    }

    private void recordLinks(URI service, String collection, CsvFile.Row row) {
        String key = row.get("key");
        for (String code : row.list("linkedActivities")) {
            String activityId = activityIds.get(code);
            if (activityId == null) {
                throw new NapLoadException(row + ": linkedActivities names " + code + ", which is not in activities.csv");
            }
            client.postOnceKnown(service, "/api/" + collection + "/" + followUpIds.get(key) + "/links",
                    "nap:" + singular(collection) + ":" + key + ":link:" + code,
                    Map.of("activityId", activityId, "effectiveDate", registrationDate(row).toString()), row, "link to " + code);
        }
    }

    static LocalDate registrationDate(CsvFile.Row row) {
        String year = row.cells().containsKey("kamerstukYear") ? row.optional("kamerstukYear") : null;
        if (year == null) {
            return PROGRAMME_START;
        }
        LocalDate parliamentaryYearStart = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 9, 1);
        return parliamentaryYearStart.isAfter(PROGRAMME_START) ? parliamentaryYearStart : PROGRAMME_START;
    }

    private static boolean unknownStatus(CsvFile.Row row) {
        return row.get("status").equals("UNKNOWN");
    }

    private static boolean delayed(CsvFile.Row row) {
        String original = row.optional("originalPlanning");
        return original != null && !original.equals(row.get("planning"));
    }

    private static String singular(String collection) {
        return collection.equals("moties") ? "motie" : "toezegging";
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> body) {
        Map<String, Object> present = new LinkedHashMap<>();
        body.forEach((name, value) -> {
            if (value != null) {
                present.put(name, value);
            }
        });
        return present;
    }
}
