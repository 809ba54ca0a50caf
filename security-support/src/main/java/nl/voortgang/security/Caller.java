package nl.voortgang.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who sends the current request, as the verified token says: the stable subject that events record as their actor,
 * the display name people read, the roles and the responsible parties an editor works for.
 */
public record Caller(String subject, String displayName, Set<String> roles, Set<String> parties) {

    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token ? Optional.of(from(token.getToken())) : Optional.empty();
    }

    public static Caller from(Jwt token) {
        String name = token.getClaimAsString(Claims.NAME);
        return new Caller(token.getSubject(), name == null || name.isBlank() ? token.getSubject() : name,
                claimSet(token, Claims.ROLES), claimSet(token, Claims.PARTIES));
    }

    public boolean isProgrammeAdmin() {
        return roles.contains(Claims.PROGRAMME_ADMIN);
    }

    /** A programme-admin may change anything; an editor only what belongs to one of the parties in the token. */
    public boolean mayChangeWhatBelongsTo(Collection<String> owners) {
        return isProgrammeAdmin() || roles.contains(Claims.EDITOR) && owners.stream().anyMatch(parties::contains);
    }

    private static Set<String> claimSet(Jwt token, String claim) {
        List<String> values = token.hasClaim(claim) ? token.getClaimAsStringList(claim) : List.of();
        return values == null ? Set.of() : values.stream().map(String::strip).collect(Collectors.toUnmodifiableSet());
    }
}
