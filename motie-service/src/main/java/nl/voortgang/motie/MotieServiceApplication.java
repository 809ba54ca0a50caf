package nl.voortgang.motie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class MotieServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MotieServiceApplication.class, args);
    }
}
