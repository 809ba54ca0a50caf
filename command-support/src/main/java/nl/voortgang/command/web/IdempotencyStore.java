package nl.voortgang.command.web;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The stored answers to writes sent with an Idempotency-Key. */
public class IdempotencyStore {

    private final JdbcClient jdbc;

    public IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for this request inside the current transaction, or returns the answer
     * stored for it earlier. A concurrent claim of the same key waits until this transaction ends.
     */
    Optional<Answer> claim(String key, String requestHash, String method, String path) {
        int claimed = jdbc.sql("""
                        INSERT INTO idempotency_record (idempotency_key, request_hash, method, path)
                        VALUES (:key, :hash, :method, :path)
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .param("key", key).param("hash", requestHash).param("method", method).param("path", path)
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT request_hash, method, path, status, content_type, location, etag, body
                        FROM idempotency_record WHERE idempotency_key = :key""")
                .param("key", key)
                .query((rs, n) -> new Answer(rs.getString("request_hash"), rs.getString("method"), rs.getString("path"),
                        rs.getInt("status"), rs.getString("content_type"), rs.getString("location"),
                        rs.getString("etag"), rs.getBytes("body")))
                .optional();
    }

    void complete(String key, int status, String contentType, String location, String etag, byte[] body) {
        jdbc.sql("""
                        UPDATE idempotency_record SET status = :status, content_type = :contentType,
                            location = :location, etag = :etag, body = :body
                        WHERE idempotency_key = :key""")
                .param("status", status).param("contentType", contentType).param("location", location)
                .param("etag", etag).param("body", body).param("key", key)
                .update();
    }

    record Answer(String requestHash, String method, String path, int status, String contentType, String location,
                  String etag, byte[] body) {
    }
}
