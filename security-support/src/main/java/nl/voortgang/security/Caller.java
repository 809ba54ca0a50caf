package nl.voortgang.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who sends the current request, as the verified token says: the stable subject that events record as their actor,
 * the display name people read, the roles and the responsible parties an editor works for.
 */
public record Caller(String subject, String displayName, Set<String> roles, Set<String> parties) {

    /** The bearer token's caller, or the logged-in dashboard user's (whose ID token carries the same claims). */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(from(token.getToken()));
        }
        if (authentication != null && authentication.getPrincipal() instanceof OAuth2AuthenticatedPrincipal user) {
            return Optional.of(from(user.getAttributes()));
        }
        return Optional.empty();
    }

    public static Caller from(Jwt token) {
        return from(token.getClaims());
    }

    public static Caller from(Map<String, Object> claims) {
        String subject = String.valueOf(claims.get(Claims.SUBJECT));
        Object name = claims.get(Claims.NAME);
        return new Caller(subject, name == null || name.toString().isBlank() ? subject : name.toString(),
                claimSet(claims.get(Claims.ROLES)), claimSet(claims.get(Claims.PARTIES)));
    }

    public boolean isProgrammeAdmin() {
        return roles.contains(Claims.PROGRAMME_ADMIN);
    }

    /** A programme-admin may change anything; an editor only what belongs to one of the parties in the token. */
    public boolean mayChangeWhatBelongsTo(Collection<String> owners) {
        return isProgrammeAdmin() || roles.contains(Claims.EDITOR) && owners.stream().anyMatch(parties::contains);
    }

    private static Set<String> claimSet(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(value -> String.valueOf(value).strip()).collect(Collectors.toUnmodifiableSet());
        }
        return claim == null ? Set.of() : Set.of(claim.toString().strip());
    }
}
