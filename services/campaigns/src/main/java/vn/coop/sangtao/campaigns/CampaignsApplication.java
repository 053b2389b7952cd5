package vn.coop.sangtao.campaigns;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Emulation movements, pledges, activities, scoring and reviews. */
@SpringBootApplication
public class CampaignsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CampaignsApplication.class, args);
    }
}
