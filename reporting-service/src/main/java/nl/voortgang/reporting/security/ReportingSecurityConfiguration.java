package nl.voortgang.reporting.security;

import java.net.URI;
import java.util.Set;
import nl.voortgang.security.Claims;
import nl.voortgang.security.Ministries;
import nl.voortgang.security.SecurityProblems;
import nl.voortgang.security.SecuritySettings;
import nl.voortgang.security.ServiceSecurity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may read and change what through reporting-service (docs/adr/0013). Programs send a bearer token; a browser
 * logs in to the dashboard and holds a session cookie, so every write with that cookie needs the CSRF token, while a
 * request that carries its own bearer token cannot be forged by another site and needs none. Reads need any role,
 * or nothing when the reports are public; the dashboard's commands need editor or programme-admin (the command
 * service decides which item); rebuilding and every other write need programme-admin. A browser that is not
 * logged in is sent to the identity provider; a program gets 401 problem+json.
 */
@Configuration(proxyBeanMethods = false)
class ReportingSecurityConfiguration {

    private static final String LOGIN = "/oauth2/authorization/" + DashboardLogin.REGISTRATION_ID;

    @Bean
    ClientRegistrationRepository dashboardLogin(@Value("${voortgang.oidc.issuer}") String issuer,
                                                @Value("${voortgang.oidc.dashboard-client-id}") String clientId) {
        return new DashboardLogin(issuer, clientId);
    }

    /** A browser asking for a page, not a program that accepts anything. */
    private static RequestMatcher browserPage() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return html;
    }

    @Bean
    Ministries ministries(Environment environment) {
        return Ministries.from(environment);
    }

    @Bean
    SecurityFilterChain reporting(HttpSecurity http, SecuritySettings settings, ClientRegistrationRepository registrations,
                                  @Value("${voortgang.oidc.issuer}") String issuer) throws Exception {
        RequestMatcher bearer = request -> {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        };
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        ServiceSecurity.acceptBearerTokens(ServiceSecurity.hardened(http, settings))
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearer))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        ServiceSecurity.contentSecurityPolicy(URI.create(issuer).resolve("/").toString()))))
                .oauth2Login(login -> login.loginPage(LOGIN)
                        .userInfoEndpoint(user -> user.userAuthoritiesMapper(DashboardLogin.rolesOfTheIdToken())))
                .logout(out -> out.logoutSuccessHandler(logout))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN), browserPage())
                        .defaultAuthenticationEntryPointFor(SecurityProblems.unauthenticated(), request -> true)
                        .accessDeniedHandler(SecurityProblems.forbidden()))
                .authorizeHttpRequests(rules -> {
                    ServiceSecurity.openEndpoints(rules);
                    rules.requestMatchers("/dashboard/*.js", "/dashboard/*.css", "/webjars/**", "/favicon.ico").permitAll();
                    rules.requestMatchers("/api/admin/**").hasRole(Claims.PROGRAMME_ADMIN);
                    rules.requestMatchers(HttpMethod.GET, "/**").access(ServiceSecurity.reads(settings));
                    rules.requestMatchers("/dashboard/commands/**").hasAnyRole(Claims.PROGRAMME_ADMIN, Claims.EDITOR);
                    rules.anyRequest().hasRole(Claims.PROGRAMME_ADMIN);
                });
        return http.build();
    }
}
