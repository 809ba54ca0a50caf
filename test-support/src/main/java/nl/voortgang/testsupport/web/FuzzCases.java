package nl.voortgang.testsupport.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.voortgang.testsupport.web.OpenApiFuzzer.Case;
import nl.voortgang.testsupport.web.OpenApiFuzzer.Operation;
import nl.voortgang.testsupport.web.OpenApiFuzzer.Parameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The requests for one operation: the cases take the kinds of breakage in turn, starting at a kind the random source
 * (seeded per operation) picks, so that a short run covers other kinds for each operation; it also picks the field,
 * the value and the bytes. A body starts from the document's schema and examples, so that what is broken is one thing
 * at a time and the rest would pass.
 */
final class FuzzCases {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String MARKER = "\u2603FUZZ\u2603";
    private static final int OVERSIZED_BYTES = 13 * 1024 * 1024;

    private static final List<String> JSON_KINDS = List.of("valid body", "missing field", "extra field", "null field",
            "wrong type", "duplicate key", "huge string", "huge array", "deep nesting", "oversized body", "invalid UTF-8",
            "control characters", "unicode planes", "unpaired surrogate", "wrong content type", "not an object",
            "odd path id", "odd query", "odd header", "no body");
    private static final List<String> UPLOAD_KINDS = List.of("upload of random bytes", "upload of odd text",
            "upload without boundary", "upload in another field", "wrong content type", "oversized body", "odd path id",
            "odd query", "odd header", "no body");
    private static final List<String> PLAIN_KINDS = List.of("plain", "odd path id", "odd query", "odd header",
            "unexpected body");

    private static final List<String> ODD_VALUES = List.of("", "%20", "..", "%2e%2e", "%00", "%FF", "%C3%28", "%ED%A0%80",
            "%EF%BF%BE", "%F4%8F%BF%BF", "%F0%9F%98%80", "-1", "0", "99999999999999999999999", "1e309", "NaN", "null",
            "true", "%25", "a%2Fb", "%0D%0A", "%27%3B%20DROP%20TABLE%20x%3B--", "2024-13-45", "2024-02-30", "9999-12-31",
            "-999999999-01-01", "%2B1000000000-01-01", "%E2%80%AE", "%7B%7D", "%5B%5D", "x".repeat(2000),
            "%C0%AF", "%F8%88%80%80%80", "%EF%BB%BF1", "1%2C2%2C3");
    private static final List<String> ODD_IF_MATCH = List.of("\"abc\"", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "*",
            "\"1\", \"2\"", "\"\"", "1", "W/", "\"" + "9".repeat(500) + "\"", "\"0x10\"", "\" 1\"");
    private static final List<String> ODD_IDEMPOTENCY_KEYS = List.of("k".repeat(4000), " ", "%00", "\"", "a b c", "\\u0000",
            "dubbel,dubbel");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=ISO-8859-1",
            "application/json; charset=bogus", "application/*", "*/*", "application/json-patch+json", "garbage",
            "application/json; boundary=x; charset=\"UTF-8\"", "text/csv", "application/octet-stream");
    private static final List<String> NOT_OBJECTS = List.of("[]", "null", "42", "\"tekst\"", "true", "", "{", "{\"a\":",
            "{\"a\":1,}", "{'a':1}", "\uFEFF{}", "{} {}", "[{}]", "{\"\":{}}", "1e999999", "-", "{\"a\":01}", "{\"a\":NaN}");
    private static final List<byte[]> INVALID_UTF8 = List.of(bytes(0xC3, 0x28), bytes(0xFF), bytes(0xFE, 0xFF),
            bytes(0xC0, 0xAF), bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), bytes(0xF8, 0x88, 0x80, 0x80, 0x80),
            bytes(0xF0, 0x9F, 0x98), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0x80), bytes(0xE2, 0x82));

    private final Operation operation;
    private final Random random;
    private final List<String> knownIds;
    private final List<String> kinds;
    private final AtomicInteger oversizedLeft;
    private final int firstKind;

    FuzzCases(Operation operation, Random random, List<String> knownIds, AtomicInteger oversizedLeft) {
        this.operation = operation;
        this.random = random;
        this.knownIds = knownIds;
        this.oversizedLeft = oversizedLeft;
        this.kinds = operation.takesUpload() ? UPLOAD_KINDS : operation.bodySchema() != null ? JSON_KINDS : PLAIN_KINDS;
        this.firstKind = random.nextInt(kinds.size());
    }

    Case next(int index) {
        String kind = kinds.get((firstKind + index) % kinds.size());
        boolean streamed = false;
        if (kind.equals("oversized body")) {
            int left = oversizedLeft.getAndDecrement();
            kind = left > 0 ? kind : "huge string";
            streamed = left % 2 == 0;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String path = path(kind.equals("odd path id"));
        String query = query(kind.equals("odd query"));
        if (kind.equals("odd header")) {
            headers.put("If-Match", pick(ODD_IF_MATCH));
            headers.put("Idempotency-Key", pick(ODD_IDEMPOTENCY_KEYS));
        }
        byte[] body = null;
        if (operation.takesUpload()) {
            body = upload(kind, headers);
        } else if (operation.bodySchema() != null) {
            body = json(kind, headers);
        } else if (kind.equals("unexpected body")) {
            headers.put("Content-Type", "application/json");
            body = "{\"onverwacht\":true}".getBytes(StandardCharsets.UTF_8);
        }
        return new Case(operation.toString(), kind, operation.method(), path + query, headers, body, streamed);
    }

    private String path(boolean odd) {
        String path = operation.path();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("path")) {
                String value = odd ? pick(ODD_VALUES) : pathValue(parameter.schema());
                path = path.replace("{" + parameter.name() + "}", value);
            }
        }
        return path;
    }

    private String pathValue(JsonNode schema) {
        if (schema.path("type").asString().equals("integer")) {
            return Long.toString(random.nextInt(1000) - 10);
        }
        return knownIds.isEmpty() || random.nextInt(5) == 0 ? UUID.randomUUID().toString() : pick(knownIds);
    }

    private String query(boolean odd) {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("query")) {
                continue;
            }
            if (odd && random.nextInt(3) > 0) {
                pairs.add(parameter.name() + "=" + pick(ODD_VALUES));
                if (random.nextInt(4) == 0) {
                    pairs.add(parameter.name() + "=" + pick(ODD_VALUES));
                }
            } else if (parameter.required() || random.nextBoolean()) {
                pairs.add(parameter.name() + "=" + encode(scalarText(parameter.schema())));
            }
        }
        if (odd) {
            pairs.add(pick(List.of("onbekend=1", "%00=%00", "=leeg", "zonderwaarde", "a[b]=c", "%F0%9F%98%80=%F0%9F%98%80")));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private byte[] json(String kind, Map<String, String> headers) {
        headers.put("Content-Type", "application/json");
        JsonNode valid = value(operation.bodySchema(), 0);
        ObjectNode object = valid instanceof ObjectNode o ? o : null;
        String field = object == null || object.isEmpty() ? null : pick(new ArrayList<>(object.propertyNames()));
        return switch (kind) {
            case "missing field" -> {
                if (field != null) {
                    object.remove(field);
                }
                yield utf8(valid);
            }
            case "extra field" -> {
                if (object != null) {
                    object.set(pick(List.of("onbekend", "id", "version", "__proto__", "")), randomValue());
                }
                yield utf8(valid);
            }
            case "null field" -> {
                if (field != null) {
                    object.putNull(field);
                }
                yield utf8(valid);
            }
            case "wrong type" -> {
                if (field != null) {
                    object.set(field, wrongValue(object.get(field)));
                }
                yield utf8(valid);
            }
            case "duplicate key" -> field == null ? utf8(valid) : duplicateKey(valid, field);
            case "huge string" -> replaceMarker(valid, field, ("Lang " + "x".repeat(99)).repeat(random.nextInt(2000, 20000))
                    .getBytes(StandardCharsets.UTF_8));
            case "huge array" -> {
                ArrayNode many = NODES.arrayNode();
                int count = random.nextInt(10_000, 200_000);
                for (int i = 0; i < count; i++) {
                    many.add(random.nextBoolean() ? "OCW" : "x" + i);
                }
                setOrAdd(valid, object, field, many);
                yield utf8(valid);
            }
            case "deep nesting" -> {
                int depth = random.nextInt(600, 20_000);
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                yield replaceMarker(valid, field, (open.repeat(depth) + "1" + close.repeat(depth)).getBytes(StandardCharsets.UTF_8),
                        true);
            }
            case "oversized body" -> replaceMarker(valid, field, "y".repeat(OVERSIZED_BYTES).getBytes(StandardCharsets.UTF_8));
            case "invalid UTF-8" -> replaceMarker(valid, field, concat("ok".getBytes(StandardCharsets.UTF_8),
                    INVALID_UTF8.get(random.nextInt(INVALID_UTF8.size())), "ok".getBytes(StandardCharsets.UTF_8)));
            case "control characters" -> controlCharacters(valid, object, field);
            case "unicode planes" -> {
                setOrAdd(valid, object, field, NODES.stringNode(planes()));
                yield utf8(valid);
            }
            case "unpaired surrogate" -> random.nextBoolean()
                    ? replaceMarker(valid, field, pick(List.of("\\ud800", "a\\udc00b", "\\udbff\\udbff", "\\ud83d"))
                            .getBytes(StandardCharsets.UTF_8))
                    : replaceMarker(valid, field, concat(bytes(0xED, 0xA0, 0xBD), bytes(0xED, 0xB8, 0x80)));
            case "wrong content type" -> {
                String type = random.nextInt(8) == 0 ? null : pick(WRONG_CONTENT_TYPES);
                if (type == null) {
                    headers.remove("Content-Type");
                } else {
                    headers.put("Content-Type", type);
                }
                yield utf8(valid);
            }
            case "not an object" -> pick(NOT_OBJECTS).getBytes(StandardCharsets.UTF_8);
            case "no body" -> random.nextBoolean() ? new byte[0] : null;
            default -> utf8(valid);
        };
    }

    private byte[] controlCharacters(JsonNode valid, ObjectNode object, String field) {
        if (random.nextBoolean()) {
            StringBuilder text = new StringBuilder("a");
            for (int i = 0; i < 6; i++) {
                text.append((char) pick(List.of(0, 1, 7, 8, 9, 10, 13, 27, 31, 0x7F, 0x85, 0x9F, 0x2028, 0x2029)).intValue());
            }
            setOrAdd(valid, object, field, NODES.stringNode(text.toString()));
            return utf8(valid);
        }
        return replaceMarker(valid, field, bytes(0x61, 0x00, 0x01, 0x0A, 0x0D, 0x1B, 0x62));
    }

    private byte[] upload(String kind, Map<String, String> headers) {
        String boundary = "fuzz" + random.nextInt(1_000_000);
        headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        return switch (kind) {
            case "upload of random bytes" -> {
                byte[] content = new byte[random.nextInt(1, 5000)];
                random.nextBytes(content);
                yield multipart(boundary, "file", "fuzz.csv", content);
            }
            case "upload of odd text" -> multipart(boundary, "file", pick(List.of("fuzz.csv", "fuzz.xlsx", "", "../../etc/passwd",
                    "\u00e9\u0000.csv")), oddTable());
            case "upload without boundary" -> {
                headers.put("Content-Type", "multipart/form-data");
                yield multipart(boundary, "file", "fuzz.csv", oddTable());
            }
            case "upload in another field" -> multipart(boundary, "bestand", "fuzz.csv", oddTable());
            case "wrong content type" -> {
                headers.put("Content-Type", pick(WRONG_CONTENT_TYPES));
                yield oddTable();
            }
            case "oversized body" -> multipart(boundary, "file", "groot.csv", "z".repeat(OVERSIZED_BYTES).getBytes(StandardCharsets.UTF_8));
            case "no body" -> new byte[0];
            default -> multipart(boundary, "file", "fuzz.csv", oddTable());
        };
    }

    private byte[] oddTable() {
        String header = pick(List.of("code,title,planning", "code;title;planning", "\uFEFFcode,title", "", "\"unterminated",
                "code,code,code", "a".repeat(100_000)));
        StringBuilder table = new StringBuilder(header).append("\r\n");
        int rows = random.nextInt(0, 50);
        for (int i = 0; i < rows; i++) {
            table.append(pick(List.of("NAP-1.1,Titel,Q3 2024", "\"a\"\"b\",\"c\nd\",", planes() + "," + planes(), ",,,,,,,,,,,,",
                    "\u0000,\u0001,\u001F", "=1+1,@SUM(A1),-2"))).append("\r\n");
        }
        return table.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A value that satisfies the schema, taken from its example where there is one. */
    private JsonNode value(JsonNode schema, int depth) {
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).deepCopy();
        }
        String type = schema.path("type").asString();
        if (type.isEmpty() && schema.has("properties")) {
            type = "object";
        }
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    if (depth < 6) {
                        object.set(property.getKey(), value(property.getValue(), depth + 1));
                    }
                }
                if (schema.path("additionalProperties").isObject() && depth < 6) {
                    object.set("deelnemers workshops", value(schema.get("additionalProperties"), depth + 1));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 6) {
                    array.add(value(schema.path("items"), depth + 1));
                }
                yield array;
            }
            default -> NODES.stringNode(scalarText(schema));
        };
    }

    private String scalarText(JsonNode schema) {
        if (schema.has("example")) {
            return schema.get("example").asString();
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asString();
        }
        return switch (schema.path("type").asString()) {
            case "integer" -> Integer.toString(random.nextInt(1, 100));
            case "number" -> "1.5";
            case "boolean" -> Boolean.toString(random.nextBoolean());
            default -> switch (schema.path("format").asString()) {
                case "date" -> "2024-03-01";
                case "date-time" -> "2024-03-01T10:00:00Z";
                case "uuid" -> knownIds.isEmpty() ? UUID.randomUUID().toString() : pick(knownIds);
                default -> "Voorbeeld";
            };
        };
    }

    private JsonNode wrongValue(JsonNode current) {
        List<JsonNode> others = new ArrayList<>(List.of(NODES.numberNode(123), NODES.booleanNode(true), NODES.objectNode(),
                NODES.arrayNode().add(1).add("twee"), NODES.stringNode("geen geldige waarde"), NODES.numberNode(-1),
                NODES.stringNode("2024-02-30"), NODES.stringNode("in_progress"), NODES.numberNode(Double.MAX_VALUE),
                NODES.stringNode("9".repeat(400)), NODES.numberNode(new java.math.BigInteger("9".repeat(60))),
                NODES.numberNode(new java.math.BigDecimal("1E-400"))));
        others.removeIf(other -> other.getNodeType() == current.getNodeType() && other.equals(current));
        return pick(others);
    }

    private JsonNode randomValue() {
        return pick(List.of(NODES.stringNode("extra"), NODES.numberNode(1), NODES.nullNode(), NODES.objectNode().put("a", 1),
                NODES.arrayNode().add("b")));
    }

    /** Characters from every plane, noncharacters, a byte-order mark, direction overrides and combining marks. */
    private String planes() {
        StringBuilder text = new StringBuilder();
        for (int plane = 0; plane <= 16; plane++) {
            int base = plane * 0x10000;
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> base + 0xFFFE;
                case 1 -> base + 0xFFFF;
                default -> base + random.nextInt(0x20, 0xFFFE);
            };
            if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
                codePoint = 0xE000;
            }
            text.appendCodePoint(codePoint);
        }
        return text.append("\uFDD0\uFEFF\u202E\u0301\u200B\uD83D\uDE00").toString();
    }

    private byte[] duplicateKey(JsonNode valid, String field) {
        String json = OpenApiFuzzer.write(valid);
        String duplicate = "\"" + field + "\":" + OpenApiFuzzer.write(wrongValue(valid.get(field))) + ",";
        return ("{" + duplicate + json.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] replaceMarker(JsonNode valid, String field, byte[] raw) {
        return replaceMarker(valid, field, raw, false);
    }

    /** Writes the body with a marker in one field's place (inside quotes, or as a bare value) and puts raw bytes there. */
    private byte[] replaceMarker(JsonNode valid, String field, byte[] raw, boolean bare) {
        ObjectNode object = valid instanceof ObjectNode o ? o : NODES.objectNode();
        object.put(field == null ? "title" : field, MARKER);
        String json = OpenApiFuzzer.write(object);
        String marker = bare ? "\"" + MARKER + "\"" : MARKER;
        int at = json.indexOf(marker);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(raw);
        body.writeBytes(json.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static void setOrAdd(JsonNode valid, ObjectNode object, String field, JsonNode value) {
        if (object != null) {
            object.set(field == null ? "title" : field, value);
        } else if (valid instanceof ArrayNode array) {
            array.add(value);
        }
    }

    private static byte[] multipart(String boundary, String name, String filename, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] utf8(JsonNode node) {
        return OpenApiFuzzer.write(node).getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
