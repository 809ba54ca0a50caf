package nl.voortgang.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain: hash_n = SHA-256(hash_{n-1} ‖ canonical(event n)), starting from 32 zero bytes.
 *
 * <p>The canonical encoding of an event is, in this order, each field as a 4-byte big-endian length
 * followed by its bytes: event id, aggregate id, sequence number (decimal), payload type, payload
 * revision (empty when none), timestamp, payload, metadata. Strings are UTF-8. Payload and
 * metadata are JSON; they are written canonically first (object keys sorted, no whitespace, numbers
 * as written), so that a serializer that orders fields differently does not change the chain;
 * bytes that are not JSON are taken as they are.
 */
public final class HashChain {

    public static final byte[] GENESIS = new byte[32];

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private HashChain() {
    }

    public static byte[] next(byte[] previous, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        sha256.update(canonical(event));
        return sha256.digest();
    }

    public static byte[] canonical(StoredEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        field(out, utf8(event.eventId()));
        field(out, utf8(event.aggregateId()));
        field(out, utf8(Long.toString(event.sequenceNumber())));
        field(out, utf8(event.type()));
        field(out, utf8(event.revision() == null ? "" : event.revision()));
        field(out, utf8(event.timestamp()));
        field(out, canonicalJson(event.payload()));
        field(out, canonicalJson(event.metadata()));
        return out.toByteArray();
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    public static byte[] fromHex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] canonicalJson(byte[] json) {
        if (json == null || json.length == 0) {
            return new byte[0];
        }
        try {
            Object tree = CANONICAL.readValue(json, Object.class);
            return CANONICAL.writeValueAsBytes(tree);
        } catch (JacksonException notJson) {
            return json;
        }
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        out.writeBytes(value);
    }

    private static byte[] utf8(String value) {
        return (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
