package nl.voortgang.command.actor;

import java.time.Clock;
import java.util.UUID;
import nl.voortgang.command.security.TokenActorProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class ActorConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ActorProvider actorProvider() {
        return new TokenActorProvider();
    }

    @Bean
    @ConditionalOnMissingBean
    IdGenerator idGenerator() {
        return () -> UUID.randomUUID().toString();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
