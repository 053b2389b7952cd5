package vn.coop.sangtao.initiatives;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Initiatives, ideas, models and creative ways of working, from submission to the Golden Book. */
@SpringBootApplication
public class InitiativesApplication {

    public static void main(String[] args) {
        SpringApplication.run(InitiativesApplication.class, args);
    }
}
