package nl.voortgang.reporting.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The access token to send on to a command service for the current caller: the logged-in user's (refreshed by the
 * authorized-client manager when it has expired), or the bearer token the request itself brought. The command
 * service checks it again and records its subject as the actor, so the dashboard can never act as anyone else.
 */
@Component
public class TokenRelay {

    private final OAuth2AuthorizedClientManager clients;

    public TokenRelay(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    public Optional<String> accessTokenOfTheCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken bearer) {
            return Optional.of(bearer.getToken().getTokenValue());
        }
        if (authentication instanceof OAuth2AuthenticationToken login) {
            OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(login.getAuthorizedClientRegistrationId()).principal(login).build());
            return Optional.ofNullable(client).map(authorized -> authorized.getAccessToken().getTokenValue());
        }
        return Optional.empty();
    }
}
