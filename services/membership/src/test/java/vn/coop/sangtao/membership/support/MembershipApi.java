package vn.coop.sangtao.membership.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.membership.unit.TaxCode;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.EventProbe;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

/** What the membership API tests share: tokens of the demo roles, unit registration and event checks. */
public abstract class MembershipApi {

    protected static final String NB = bearer("ninh-binh", "nb.officer", "EMULATION_OFFICER");
    protected static final String QT = bearer("quang-tri", "qt.officer", "EMULATION_OFFICER");
    protected static final String NB_MEMBER = bearer("ninh-binh", "nb.member", "MEMBER");
    private static final AtomicInteger SERIAL = new AtomicInteger(200_000);

    @LocalServerPort
    protected int port;
    @Value("#{@embeddedKafka.brokersAsString}")
    protected String brokers;

    protected ApiClient api() {
        return new ApiClient(port);
    }

    /** A tax code no test has used, with its right check digit. */
    public static String newTaxCode() {
        while (true) {
            String nine = String.format("28%07d", SERIAL.incrementAndGet());
            int check = TaxCode.checkDigit(nine);
            if (check < 10) {
                return nine + check;
            }
        }
    }

    protected String registerUnit(String bearer, String name, String taxCode) {
        ApiClient.Response created = api().post("/api/membership/units", bearer, """
                {"name":"%s","kind":"COOPERATIVE","taxCode":"%s","sector":"AGRICULTURE"}""".formatted(name, taxCode));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    protected String registerUnit(String bearer, String name) {
        return registerUnit(bearer, name, newTaxCode());
    }

    protected JsonNode ok(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    /** Waits for the event of {@code type} about {@code subject} on {@code topic}, checked against its contract. */
    protected EventProbe.Received awaitEvent(String topic, String subject, String type) {
        try (EventProbe probe = new EventProbe(brokers, topic)) {
            EventProbe.Received[] found = new EventProbe.Received[1];
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                probe.poll().stream()
                        .filter(r -> r.key().endsWith(":" + subject) && type.equals(r.headers().get("ce_type")))
                        .findFirst().ifPresent(r -> found[0] = r);
                return found[0] != null;
            });
            assertThat(ContractValidator.payloadErrors(type, found[0].value())).as(found[0].value()).isEmpty();
            assertThat(ContractValidator.headerErrors(type, found[0].headers())).isEmpty();
            return found[0];
        }
    }
}
