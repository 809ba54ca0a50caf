package nl.voortgang.security;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns the {@code roles} claim into Spring authorities ({@code ROLE_editor}); the principal's name stays the
 * token's subject, which is what events record as their actor.
 */
public final class TokenAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        List<SimpleGrantedAuthority> authorities = Caller.from(token).roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        return new JwtAuthenticationToken(token, authorities, token.getSubject());
    }
}
