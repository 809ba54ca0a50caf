package nl.voortgang.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;

/** The settings every service reads, and the production check that runs before any of its beans does real work. */
@AutoConfiguration
@EnableConfigurationProperties(SecuritySettings.class)
public class SecuritySupportConfiguration {

    @Bean
    static ExampleCredentialsGuard exampleCredentialsGuard(ConfigurableEnvironment environment) {
        return new ExampleCredentialsGuard(environment);
    }
}
