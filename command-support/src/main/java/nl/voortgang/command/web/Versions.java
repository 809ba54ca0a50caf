package nl.voortgang.command.web;

import java.net.URI;
import nl.voortgang.command.domain.InvalidValueException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An entity's version is the sequence number of its latest event; it is the ETag of every write
 * answer, and a write may send it back in If-Match to say which version it was made against.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names, or null when there is none or it is "*". */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("If-Match", "If-Match moet de versie uit de ETag van het laatste antwoord zijn, "
                    + "bijvoorbeeld \"3\"; het was " + ifMatch + ".");
        }
    }

    public static ResponseEntity<WriteResult> created(String location, String id, long version) {
        return ResponseEntity.created(URI.create(location)).eTag(etag(version)).body(new WriteResult(id, version));
    }

    public static ResponseEntity<WriteResult> written(String id, long version) {
        return ResponseEntity.status(HttpStatus.OK).eTag(etag(version)).body(new WriteResult(id, version));
    }

    public record WriteResult(String id, long version) {
    }
}
