package nl.voortgang.command.actor;

import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class ActorConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ActorProvider actorProvider(@Value("${voortgang.actor.default:programmabureau}") String defaultActor) {
        return new ConfiguredActorProvider(defaultActor);
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
