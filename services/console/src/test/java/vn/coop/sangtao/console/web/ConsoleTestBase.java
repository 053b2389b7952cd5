package vn.coop.sangtao.console.web;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The console over a stand-in gateway ({@link FakeGateway}), with users signed in as identity would
 * sign them in (their claims); Spring Security's test support hands the console their access token,
 * {@code access-token}, through the console's own authorized-client manager.
 */
@SpringBootTest(properties = "sangtao.console.client-secret=test-secret")
abstract class ConsoleTestBase {

    // one stand-in for every test class of the JVM (it stops with it); reset() before each test keeps them apart
    static final FakeGateway GATEWAY = new FakeGateway();

    @Autowired
    private WebApplicationContext context;

    protected MockMvc mvc;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("sangtao.console.gateway-uri", GATEWAY::url);
    }

    @BeforeEach
    void startFresh() {
        GATEWAY.reset();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** A user of an alliance (its tenant) with these roles. */
    static RequestPostProcessor user(String tenant, String username, String... roles) {
        return oidcLogin().idToken(token -> token.claim("preferred_username", username).claim("name", username)
                .claim("tenant", tenant).claim("roles", List.of(roles)));
    }

    static RequestPostProcessor member() {
        return user("ninh-binh", "nb.member", "MEMBER");
    }

    static RequestPostProcessor officer() {
        return user("ninh-binh", "nb.officer", "EMULATION_OFFICER");
    }
}
