package nl.voortgang.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The settings every service reads, the production check that runs before any of its beans does real work, and
 * the token decoder for a deployment where the issuer's URL (as the browser sees it, and as tokens name it) does not
 * reach the provider from the service: then the keys come from {@code voortgang.oidc.jwks} and the issuer is still
 * checked. Otherwise Spring Boot discovers everything from the issuer URI.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@EnableConfigurationProperties(SecuritySettings.class)
public class SecuritySupportConfiguration {

    @Bean
    static ExampleCredentialsGuard exampleCredentialsGuard(ConfigurableEnvironment environment) {
        return new ExampleCredentialsGuard(environment);
    }

    @Bean
    ContainerProblems.ProblemErrorController problemErrorController() {
        return new ContainerProblems.ProblemErrorController();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return ContainerProblems.problemReports();
    }

    /**
     * Wraps whichever token decoder the service has (Spring Boot's from the issuer, or the one below) in
     * {@link VerifiedTokens}; {@code voortgang.security.verified-tokens-kept-for} (5 minutes) bounds how long a verified
     * token is trusted without checking its signature again.
     */
    @Bean
    static BeanPostProcessor verifiedTokens(@Value("${voortgang.security.verified-tokens-kept-for:5m}") Duration keptFor) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, Clock.systemUTC(), keptFor, 10_000) : bean;
            }
        };
    }

    @Bean
    @ConditionalOnExpression("!'${voortgang.oidc.jwks:}'.isEmpty()")
    JwtDecoder keysFromJwksIssuerChecked(@Value("${voortgang.oidc.jwks}") String jwks,
                                         @Value("${voortgang.oidc.issuer}") String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwks).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }
}
