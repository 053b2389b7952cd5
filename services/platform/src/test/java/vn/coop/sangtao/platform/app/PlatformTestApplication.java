package vn.coop.sangtao.platform.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the platform, to test the machinery the way real services use it. */
@SpringBootApplication
public class PlatformTestApplication {
}
