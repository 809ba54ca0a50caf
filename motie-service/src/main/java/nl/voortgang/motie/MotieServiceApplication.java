package nl.voortgang.motie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MotieServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MotieServiceApplication.class, args);
    }
}
