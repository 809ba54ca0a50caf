package nl.voortgang.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A token decoder that remembers the tokens it has verified: a client sends the same bearer token with every request
 * until it expires, and checking its RSA signature again each time was a tenth of a command's CPU
 * (docs/performance.md). A token is only remembered after the wrapped decoder accepted it, and only until it expires
 * or for {@code keptFor}, whichever comes first, so a token verified with a key the provider has since withdrawn is
 * refused again within that time. A refused token is never remembered.
 */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Duration keptFor;
    private final Cache<String, Verified> verified;

    private record Verified(Jwt jwt, Instant until) {
    }

    public VerifiedTokens(JwtDecoder verifier, Clock clock, Duration keptFor, long maximumSize) {
        this.verifier = verifier;
        this.clock = clock;
        this.keptFor = keptFor;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified known = verified.getIfPresent(token);
        if (known != null && now.isBefore(known.until())) {
            return known.jwt();
        }
        Jwt jwt = verifier.decode(token);
        Instant until = now.plus(keptFor);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
            until = jwt.getExpiresAt();
        }
        verified.put(token, new Verified(jwt, until));
        return jwt;
    }
}
