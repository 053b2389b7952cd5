package vn.coop.sangtao.e2e;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.local.RunningSuite;
import vn.coop.sangtao.local.SangtaoApi;
import vn.coop.sangtao.local.Suite;
import vn.coop.sangtao.local.TaxCodes;
import vn.coop.sangtao.local.WebhookReceiver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BrokerOutageE2eTest {

    private static final int SUBMISSIONS = 5;

    @Test
    void shouldAcceptSubmissionsWhileTheBrokerIsDownAndDeliverTheirEventsAfterItRestarts() {
        RunningSuite suite = E2eSuite.get();
        SangtaoApi api = new SangtaoApi(suite.gatewayUrl());
        String officer = E2eSuite.userToken("nb.officer");
        String member = E2eSuite.userToken("nb.member");
        String admin = E2eSuite.userToken("nb.admin");
        String unitId = registerUnit(api, officer);
        await().atMost(Duration.ofSeconds(60)).until(() -> submit(api, member, unitId, "thăm dò").status() == 201);

        try (WebhookReceiver receiver = WebhookReceiver.start(0, "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            SangtaoApi.Response endpoint = api.post("/api/integrations/endpoints", admin,
                    "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"vn.coop.sangtao.initiative.submitted.v1\"]}");
            assertThat(endpoint.status()).as(endpoint.body()).isEqualTo(201);
            receiver.useSecret(endpoint.json().get("secret").asString());

            List<String> accepted = new ArrayList<>();
            suite.kill(Suite.KAFKA);
            try {
                for (int i = 0; i < SUBMISSIONS; i++) {
                    SangtaoApi.Response created = submit(api, member, unitId, "Sáng kiến khi mất kết nối số " + i);
                    assertThat(created.status()).as(created.body()).isEqualTo(201);
                    accepted.add(created.json().get("id").asString());
                }
            } finally {
                suite.start(Suite.KAFKA);
            }

            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                    accepted.stream().allMatch(id -> receiver.received().stream().anyMatch(d -> d.body().contains(id))));
            assertThat(receiver.invalidCount()).isZero();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                String candidates = api.get("/api/awards/candidates?size=200&year=2026", officer).body();
                return accepted.stream().allMatch(candidates::contains);
            });
        }
    }

    private static String registerUnit(SangtaoApi api, String officer) {
        String taxCode = TaxCodes.from(271_000_000L + ThreadLocalRandom.current().nextInt(8_000_000));
        SangtaoApi.Response created = api.post("/api/membership/units", officer, """
                {"name":"HTX Thử nghiệm sự cố %s","kind":"COOPERATIVE","taxCode":"%s","sector":"AGRICULTURE"}"""
                .formatted(taxCode, taxCode));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static SangtaoApi.Response submit(SangtaoApi api, String member, String unitId, String title) {
        return api.post("/api/initiatives/initiatives", member, """
                {"kind":"IDEA","title":"%s","summary":"Ghi nhận trong lúc Kafka ngừng.","year":2026,"applyingUnitId":"%s",
                 "authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}""".formatted(title, unitId, unitId));
    }
}
