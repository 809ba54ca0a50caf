package nl.voortgang.command.security;

import java.util.List;
import nl.voortgang.security.Claims;
import nl.voortgang.security.Ministries;
import nl.voortgang.security.SecuritySettings;
import nl.voortgang.security.ServiceSecurity;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may send what to a command service (docs/adr/0013). By path: registrations
 * ({@code voortgang.security.registrations}), uploads and publishing the ledger's head need programme-admin, every other write needs
 * programme-admin or editor, reads need any role unless the reports are public, and writes that arrive through the
 * loopback import channel (docs/adr/0009) need no token. Which item an editor may change is decided per command by
 * {@link CallerOnCommands}, because only the entity's own events know its responsible parties.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration"})
public class CommandSecurityConfiguration {

    @Bean
    SecurityFilterChain commandApi(HttpSecurity http, SecuritySettings settings, Environment environment,
                                   @Value("${voortgang.actor.import-channel.port:-1}") int importPort) throws Exception {
        List<String> registrations = Binder.get(environment)
                .bind("voortgang.security.registrations", Bindable.listOf(String.class)).orElse(List.of());
        RequestMatcher importChannel = request -> importPort > 0 && request.getLocalPort() == importPort;
        ServiceSecurity.statelessResourceServer(http, settings).authorizeHttpRequests(rules -> {
            rules.requestMatchers(importChannel).permitAll();
            ServiceSecurity.openEndpoints(rules);
            rules.requestMatchers(HttpMethod.POST, "/api/imports", "/api/ledger/**").hasRole(Claims.PROGRAMME_ADMIN);
            registrations.forEach(path -> rules.requestMatchers(
                    PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path)).hasRole(Claims.PROGRAMME_ADMIN));
            rules.requestMatchers(HttpMethod.GET, "/**").access(ServiceSecurity.reads(settings));
            rules.anyRequest().hasAnyRole(Claims.PROGRAMME_ADMIN, Claims.EDITOR);
        });
        return http.build();
    }

    @Bean
    Ministries ministries(Environment environment) {
        return Ministries.from(environment);
    }

    @Bean
    ResponsibleParties responsibleParties(EventStore eventStore) {
        return new ResponsibleParties(eventStore);
    }

    @Bean
    CallerOnCommands callerOnCommands(ResponsibleParties responsibleParties, Ministries ministries) {
        return new CallerOnCommands(responsibleParties, ministries);
    }

    @Bean
    CorrelationDataProvider actorNameCorrelation() {
        return new ActorNameCorrelation();
    }

    /** Axon's default, which a correlation data provider of our own would otherwise replace. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
