package nl.voortgang.security;

import java.util.List;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The part of every service's filter chain that is the same in all three, so that they cannot drift apart: a
 * stateless resource server for the configured issuer's JWTs, the roles from the token, problem+json for 401 and
 * 403, CORS only for configured origins, the security headers, health open, the Prometheus scrape for programme-admin
 * or monitoring, and every other management endpoint for programme-admin only. The service adds its own rules for
 * its paths before {@link #finish}.
 */
public final class ServiceSecurity {

    public static final String CONTENT_SECURITY_POLICY = contentSecurityPolicy();

    private ServiceSecurity() {
    }

    /** Bearer tokens only: no session, hence no cookie to forge a request with, hence no CSRF token needed. */
    public static HttpSecurity statelessResourceServer(HttpSecurity http, SecuritySettings settings) throws Exception {
        return acceptBearerTokens(hardened(http, settings))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(SecurityProblems.unauthenticated())
                        .accessDeniedHandler(SecurityProblems.forbidden()));
    }

    /** JWTs of the configured issuer, with the roles of the token as authorities and problem+json for refusals. */
    public static HttpSecurity acceptBearerTokens(HttpSecurity http) throws Exception {
        return http.oauth2ResourceServer(server -> server
                .jwt(jwt -> jwt.jwtAuthenticationConverter(new TokenAuthorities()))
                .authenticationEntryPoint(SecurityProblems.unauthenticated())
                .accessDeniedHandler(SecurityProblems.forbidden()));
    }

    public static HttpSecurity hardened(HttpSecurity http, SecuritySettings settings) throws Exception {
        return http
                .cors(cors -> cors.configurationSource(corsFor(settings.allowedOrigins())))
                .headers(headers -> headers
                        .contentTypeOptions(options -> { })
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .addFilterBefore(new RequestSizeLimit(settings.maxRequestBytes()), HeaderWriterFilter.class);
    }

    /**
     * No inline or foreign scripts, no framing; forms may post only here and to {@code formTargets} (a browser also
     * holds the redirect after a form to this list, so the logout's redirect to the identity provider needs it).
     */
    public static String contentSecurityPolicy(String... formTargets) {
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
                + (formTargets.length == 0 ? "" : " " + String.join(" ", formTargets)) + "; frame-ancestors 'none'";
    }

    /** Health for the orchestrator, the API description for whoever wants to read it. */
    public static void openEndpoints(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                .requestMatchers("/actuator/prometheus").hasAnyRole(Claims.PROGRAMME_ADMIN, Claims.MONITORING)
                .requestMatchers("/actuator/**").hasRole(Claims.PROGRAMME_ADMIN)
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll();
    }

    /** Reads: any of the three roles, or anyone when the reports are public. */
    public static AuthorizationManager<RequestAuthorizationContext> reads(SecuritySettings settings) {
        return settings.publicReads()
                ? (authentication, context) -> new AuthorizationDecision(true)
                : AuthorityAuthorizationManager.hasAnyRole(Claims.PROGRAMME_ADMIN, Claims.EDITOR, Claims.VIEWER);
    }

    private static UrlBasedCorsConfigurationSource corsFor(List<String> origins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!origins.isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(origins);
            configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
            configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "Last-Event-ID"));
            configuration.setExposedHeaders(List.of("ETag", "Location"));
            source.registerCorsConfiguration("/**", configuration);
        }
        return source;
    }
}
