package vn.coop.sangtao.awards;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Commendation rounds, proposals, council votes, decisions and the Golden Book dossier. */
@SpringBootApplication
public class AwardsApplication {

    public static void main(String[] args) {
        SpringApplication.run(AwardsApplication.class, args);
    }
}
