package nl.voortgang.testsupport.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends every operation that a running service's OpenAPI document describes under /api requests built from that
 * document and then broken on purpose (see {@link FuzzCases}), and checks each answer: no 5xx, every error
 * application/problem+json, and no event stored by a refused write. The cases follow from the seed alone, so a failure
 * reproduces with {@code -Dvoortgang.fuzz.seed=<seed>}; {@code -Dvoortgang.fuzz.cases=<n>} sends more per operation
 * (20 by default: each kind of breakage about once). Bodies over the size limit (13 MiB each) are sent a few times per
 * run only, as each costs more than a hundred other cases.
 */
public final class OpenApiFuzzer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);
    private static final int OVERSIZED_PER_RUN = 2;
    /** Tomcat may answer 413 and close before a 13 MiB body is sent; the client then sees the connection go, not the 413. */
    private static final int CLOSED_UNREAD = 0;

    /**
     * What to fuzz with: the caller's bearer token, ids of entities that exist (so that bodies reach the domain), the
     * operations not to send (with the reason in the caller's test), and the count of stored events (a refused write
     * must leave it as it was).
     */
    public record Settings(long seed, int casesPerOperation, String token, List<String> knownIds, Set<String> skipped,
                           LongSupplier storedEvents) {

        public static Settings fromSystemProperties(String token, List<String> knownIds, Set<String> skipped,
                                                    LongSupplier storedEvents) {
            long seed = Long.getLong("voortgang.fuzz.seed", System.nanoTime());
            int cases = Integer.getInteger("voortgang.fuzz.cases", 20);
            return new Settings(seed, cases, token, knownIds, skipped, storedEvents);
        }

        public Settings withCasesPerOperation(int cases) {
            return new Settings(seed, cases, token, knownIds, skipped, storedEvents);
        }
    }

    /** One operation of the document: method, path template, its parameters and the schema of its JSON body. */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema, boolean takesUpload,
                     boolean write) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    /** One request as sent: the raw path and query (already percent-encoded), headers, and body bytes. */
    public record Case(String operation, String kind, String method, String pathAndQuery, Map<String, String> headers,
                       byte[] body, boolean streamed) {

        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return operation + " [" + kind + "] " + method + " " + abbreviate(pathAndQuery) + " " + headers.keySet()
                    + (body == null ? "" : " body(" + body.length + " bytes) " + shown);
        }
    }

    public record Report(long seed, int requests, Map<Integer, Integer> statuses, Map<String, Integer> kinds,
                         List<String> operations, List<String> faults) {

        public String summary() {
            return "fuzz seed " + seed + " (-Dvoortgang.fuzz.seed=" + seed + "): " + requests + " requests over "
                    + operations.size() + " operations, statuses " + statuses + ", faults " + faults.size();
        }
    }

    private OpenApiFuzzer() {
    }

    public static Report fuzz(URI base, Settings settings) {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            List<Operation> operations = operations(document(client, base, settings.token()));
            Map<Integer, Integer> statuses = new TreeMap<>();
            Map<String, Integer> kinds = new TreeMap<>();
            Map<String, Long> millis = new TreeMap<>();
            List<String> faults = new ArrayList<>();
            List<String> sent = new ArrayList<>();
            int requests = 0;
            AtomicInteger oversized = new AtomicInteger(OVERSIZED_PER_RUN);
            for (Operation operation : operations) {
                if (settings.skipped().contains(operation.toString())) {
                    continue;
                }
                sent.add(operation.toString());
                Random random = new Random(settings.seed() ^ operation.toString().hashCode());
                FuzzCases cases = new FuzzCases(operation, random, settings.knownIds(), oversized);
                for (int i = 0; i < settings.casesPerOperation(); i++) {
                    Case request = cases.next(i);
                    long storedBefore = operation.write() ? settings.storedEvents().getAsLong() : 0;
                    long started = System.nanoTime();
                    Answer answer = send(client, base, settings.token(), request);
                    millis.merge(request.kind(), (System.nanoTime() - started) / 1_000_000, Long::sum);
                    requests++;
                    statuses.merge(answer.status(), 1, Integer::sum);
                    kinds.merge(request.kind(), 1, Integer::sum);
                    String fault = fault(operation, answer, storedBefore, settings.storedEvents());
                    if (fault != null) {
                        faults.add(fault + ": " + request + " -> " + answer.status() + " " + answer.contentType() + " "
                                + abbreviate(answer.text()));
                    }
                }
            }
            Report report = new Report(settings.seed(), requests, statuses, kinds, sent, faults);
            System.out.println(report.summary() + ", cases by kind " + kinds + ", milliseconds by kind " + millis);
            faults.stream().limit(20).forEach(fault -> System.out.println("fuzz fault: " + fault));
            return report;
        }
    }

    private static String fault(Operation operation, Answer answer, long storedBefore, LongSupplier storedEvents) {
        if (answer.status() >= 500) {
            return "server fault";
        }
        if (answer.status() >= 400 && (answer.contentType() == null
                || !answer.contentType().startsWith("application/problem+json"))) {
            return "error not problem+json";
        }
        if (operation.write() && answer.status() >= 400 && storedEvents.getAsLong() != storedBefore) {
            return "refused write stored an event";
        }
        return null;
    }

    record Answer(int status, String contentType, String text) {
    }

    private static Answer send(HttpClient client, URI base, String token, Case request) {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : request.streamed() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request.body()))
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + request.pathAndQuery()))
                .timeout(ANSWER_WITHIN)
                .method(request.method(), body)
                .header("Authorization", "Bearer " + token);
        request.headers().forEach(builder::header);
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            if (request.kind().equals("oversized body") && !(e instanceof java.net.http.HttpTimeoutException)) {
                return new Answer(CLOSED_UNREAD, null, "connection closed while the body was sent: " + e);
            }
            return new Answer(599, null, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode document(HttpClient client, URI base, String token) {
        Answer answer = send(client, base, token, new Case("document", "document", "GET", "/v3/api-docs", Map.of(), null, false));
        if (answer.status() != 200) {
            throw new IllegalStateException("no OpenAPI document at " + base + "/v3/api-docs: " + answer);
        }
        return JSON.readTree(answer.text());
    }

    static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        JsonNode components = document.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey()) || producesOnlyAStream(method.getValue())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : method.getValue().path("parameters")) {
                    parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                            resolve(parameter.path("schema"), components), parameter.path("required").asBoolean(false)));
                }
                JsonNode content = method.getValue().path("requestBody").path("content");
                JsonNode schema = content.has("application/json")
                        ? resolve(content.path("application/json").path("schema"), components) : null;
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), parameters, schema,
                        content.has("multipart/form-data"), !method.getKey().equals("get")));
            }
        }
        operations.sort((a, b) -> a.toString().compareTo(b.toString()));
        return operations;
    }

    private static boolean producesOnlyAStream(JsonNode operation) {
        for (JsonNode response : operation.path("responses")) {
            Iterator<String> types = response.path("content").propertyNames().iterator();
            while (types.hasNext()) {
                if (types.next().equals("text/event-stream")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Inlines every $ref, so that the cases need not know the components; a cycle stops at depth 8. */
    static JsonNode resolve(JsonNode schema, JsonNode components) {
        return resolve(schema, components, 0);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode components, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 8) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().replace("#/components/schemas/", "");
            return resolve(components.path(name), components, depth + 1);
        }
        if (schema.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : schema.properties()) {
                copy.set(field.getKey(), switch (field.getKey()) {
                    case "items", "additionalProperties" -> field.getValue().isObject()
                            ? resolve(field.getValue(), components, depth + 1) : field.getValue();
                    case "properties" -> properties(field.getValue(), components, depth);
                    default -> field.getValue();
                });
            }
            return copy;
        }
        return schema;
    }

    private static ObjectNode properties(JsonNode properties, JsonNode components, int depth) {
        ObjectNode resolved = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            resolved.set(property.getKey(), resolve(property.getValue(), components, depth + 1));
        }
        return resolved;
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    static String write(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "...(" + text.length() + " chars)";
    }
}
