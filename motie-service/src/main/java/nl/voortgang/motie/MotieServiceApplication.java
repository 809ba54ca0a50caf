package nl.voortgang.motie;

import nl.voortgang.command.publishing.PublishedTopic;
import nl.voortgang.contracts.Topics;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class MotieServiceApplication {

    @Bean
    PublishedTopic publishedTopic() {
        return new PublishedTopic(Topics.MOTIE_EVENTS);
    }

    public static void main(String[] args) {
        SpringApplication.run(MotieServiceApplication.class, args);
    }
}
