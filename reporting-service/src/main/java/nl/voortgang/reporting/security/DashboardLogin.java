package nl.voortgang.reporting.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.voortgang.security.Caller;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * The dashboard's OpenID Connect client: a public client that logs in with the authorization-code flow and PKCE
 * (Spring Security adds PKCE for a client without a secret). The provider's metadata is read on the first login, not
 * at start-up, so reporting-service starts and serves its API while the provider is still starting (the local stack
 * starts them side by side). The roles of the ID token become the session's authorities, as the bearer token's do.
 */
final class DashboardLogin implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "voortgang";

    private final String issuer;
    private final String clientId;
    private volatile ClientRegistration registration;

    DashboardLogin(String issuer, String clientId) {
        this.issuer = issuer;
        this.clientId = clientId;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            known = ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION_ID).clientId(clientId)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile").build();
            registration = known;
        }
        return known;
    }

    static GrantedAuthoritiesMapper rolesOfTheIdToken() {
        return authorities -> {
            List<GrantedAuthority> mapped = new ArrayList<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Caller.from(oidc.getIdToken().getClaims()).roles()
                            .forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
            return (Collection<? extends GrantedAuthority>) mapped;
        };
    }
}
