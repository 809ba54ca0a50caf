package nl.voortgang.ledger;

import tools.jackson.databind.json.JsonMapper;

/** The JSON form of a digest on the ledger topic: {"service","position","hash","publishedAt"}. */
public final class DigestCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DigestCodec() {
    }

    public static byte[] encode(Digest digest) {
        return JSON.writeValueAsBytes(digest);
    }

    public static Digest decode(byte[] json) {
        return JSON.readValue(json, Digest.class);
    }
}
