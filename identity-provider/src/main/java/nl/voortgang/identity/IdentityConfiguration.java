package nl.voortgang.identity;

import java.util.List;
import nl.voortgang.security.Claims;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server with the clients of application.yml and the users of {@link IdentitySettings}. Every
 * access and ID token carries {@code name}, {@code roles} and {@code parties} at the top level, exactly as the
 * Keycloak realm's protocol mappers put them, so the services cannot tell the two providers apart (docs/adr/0013).
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginPage(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .headers(headers -> headers.frameOptions(frames -> frames.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(IdentitySettings settings) {
        return new InMemoryUserDetailsManager(settings.users().stream()
                .map(user -> User.withUsername(user.username()).password(user.password())
                        .roles(user.roles().toArray(String[]::new)).build())
                .toList());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> voortgangClaims(IdentitySettings settings) {
        return context -> {
            boolean accessOrIdToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                    || "id_token".equals(context.getTokenType().getValue());
            if (!accessOrIdToken) {
                return;
            }
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                IdentitySettings.ServiceClient client = settings.serviceClients().get(context.getRegisteredClient().getClientId());
                if (client != null) {
                    context.getClaims().claim(Claims.NAME, client.name()).claim(Claims.ROLES, client.roles())
                            .claim(Claims.PARTIES, List.of());
                }
                return;
            }
            settings.user(context.getPrincipal().getName()).ifPresent(user -> context.getClaims()
                    .claim(Claims.NAME, user.name())
                    .claim(Claims.ROLES, user.roles())
                    .claim(Claims.PARTIES, user.parties()));
        };
    }
}
