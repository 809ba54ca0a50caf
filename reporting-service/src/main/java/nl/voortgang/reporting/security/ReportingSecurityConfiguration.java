package nl.voortgang.reporting.security;

import nl.voortgang.security.Claims;
import nl.voortgang.security.SecuritySettings;
import nl.voortgang.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may read the read models (docs/adr/0013): any role, or anyone when {@code voortgang.security.public-reads} makes
 * the reports public; rebuilding them and every other write is for programme-admin.
 */
@Configuration(proxyBeanMethods = false)
class ReportingSecurityConfiguration {

    @Bean
    SecurityFilterChain reportingApi(HttpSecurity http, SecuritySettings settings) throws Exception {
        ServiceSecurity.statelessResourceServer(http, settings).authorizeHttpRequests(rules -> {
            ServiceSecurity.openEndpoints(rules);
            rules.requestMatchers("/api/admin/**").hasRole(Claims.PROGRAMME_ADMIN);
            rules.requestMatchers(HttpMethod.GET, "/**").access(ServiceSecurity.reads(settings));
            rules.anyRequest().hasRole(Claims.PROGRAMME_ADMIN);
        });
        return http.build();
    }
}
