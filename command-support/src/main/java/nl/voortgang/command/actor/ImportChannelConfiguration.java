package nl.voortgang.command.actor;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The import channel (docs/adr/0009): where the operator configures voortgang.actor.import-channel.port, the
 * service also listens on that port, on the loopback address only, and every write that arrives there is recorded
 * with the configured import actor. Nothing in the request chooses the actor; the door it came through does.
 */
@AutoConfiguration(before = ActorConfiguration.class)
@ConditionalOnProperty("voortgang.actor.import-channel.port")
public class ImportChannelConfiguration {

    @Bean
    ActorProvider actorProvider(@Value("${voortgang.actor.default:programmabureau}") String defaultActor,
                                @Value("${voortgang.actor.import-channel.actor:import}") String importActor,
                                @Value("${voortgang.actor.import-channel.port}") int importPort) {
        return () -> arrivedOn(importPort) ? importActor : defaultActor;
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
