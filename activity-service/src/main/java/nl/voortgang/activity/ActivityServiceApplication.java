package nl.voortgang.activity;

import nl.voortgang.command.publishing.PublishedTopic;
import nl.voortgang.contracts.Topics;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class ActivityServiceApplication {

    @Bean
    PublishedTopic publishedTopic() {
        return new PublishedTopic(Topics.ACTIVITY_EVENTS);
    }

    public static void main(String[] args) {
        SpringApplication.run(ActivityServiceApplication.class, args);
    }
}
