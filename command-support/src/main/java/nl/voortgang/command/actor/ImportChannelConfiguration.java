package nl.voortgang.command.actor;

import jakarta.servlet.http.HttpServletRequest;
import nl.voortgang.command.security.TokenActorProvider;
import nl.voortgang.security.ExampleCredentialsGuard;
import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The import channel (docs/adr/0009): where the operator configures voortgang.actor.import-channel.port, the
 * service also listens on that port, on the loopback address only, and every write that arrives there is recorded
 * with the configured import actor, without a token. Nothing in the request chooses the actor; the door it came
 * through does. With the profile prod the service refuses to start with it.
 */
@AutoConfiguration(before = ActorConfiguration.class)
@ConditionalOnProperty("voortgang.actor.import-channel.port")
public class ImportChannelConfiguration {

    @Bean
    ActorProvider actorProvider(@Value("${voortgang.actor.import-channel.actor:import}") String importActor,
                                @Value("${voortgang.actor.import-channel.port}") int importPort, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of(ExampleCredentialsGuard.PRODUCTION_PROFILE))) {
            throw new IllegalStateException("voortgang.actor.import-channel.port is set while the profile "
                    + ExampleCredentialsGuard.PRODUCTION_PROFILE + " is active: the import channel writes without a token "
                    + "and is for the local stack only (docs/adr/0009). Remove the setting, or import with POST /api/imports.");
        }
        ActorProvider authenticated = new TokenActorProvider();
        return () -> arrivedOn(importPort) ? importActor : authenticated.currentActor();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> importChannelConnector(
            @Value("${voortgang.actor.import-channel.port}") int importPort) {
        return factory -> {
            Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
            connector.setPort(importPort);
            connector.setProperty("address", "127.0.0.1");
            factory.addAdditionalConnectors(connector);
        };
    }

    private static boolean arrivedOn(int port) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getLocalPort() == port;
        }
        return false;
    }
}
