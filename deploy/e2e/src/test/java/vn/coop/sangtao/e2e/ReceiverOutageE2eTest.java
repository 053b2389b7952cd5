package vn.coop.sangtao.e2e;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.local.RunningSuite;
import vn.coop.sangtao.local.SangtaoApi;
import vn.coop.sangtao.local.TaxCodes;
import vn.coop.sangtao.local.WebhookReceiver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReceiverOutageE2eTest {

    private static final int SUBMISSIONS = 5;

    @Test
    void shouldGetEveryEventExactlyOnceByWebhookIdWhenTheReceiverComesBackAfterAnOutage() {
        RunningSuite suite = E2eSuite.get();
        SangtaoApi api = new SangtaoApi(suite.gatewayUrl());
        String admin = E2eSuite.userToken("nb.admin");
        String member = E2eSuite.userToken("nb.member");
        String taxCode = TaxCodes.from(272_000_000L + ThreadLocalRandom.current().nextInt(8_000_000));
        String unitId = api.post("/api/membership/units", admin, """
                {"name":"HTX Thử nghiệm nhận tin %s","kind":"COOPERATIVE","taxCode":"%s","sector":"HANDICRAFT"}"""
                .formatted(taxCode, taxCode)).json().get("id").asString();

        try (WebhookReceiver receiver = WebhookReceiver.start(0, "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")) {
            SangtaoApi.Response endpoint = api.post("/api/integrations/endpoints", admin,
                    "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":[\"vn.coop.sangtao.initiative.submitted.v1\"]}");
            assertThat(endpoint.status()).as(endpoint.body()).isEqualTo(201);
            receiver.useSecret(endpoint.json().get("secret").asString());
            receiver.failWith(503);

            List<String> initiatives = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> submit(api, member, unitId, 0).status() == 201);
            for (int i = 1; i <= SUBMISSIONS; i++) {
                initiatives.add(submit(api, member, unitId, i).json().get("id").asString());
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.failedCount() >= SUBMISSIONS);
            receiver.recover();

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> initiatives.stream()
                    .allMatch(id -> receiver.received().stream().anyMatch(d -> d.body().contains(id))));
            Set<String> ids = receiver.received().stream()
                    .filter(d -> initiatives.stream().anyMatch(d.body()::contains))
                    .map(WebhookReceiver.Delivery::id).collect(Collectors.toSet());
            long copies = receiver.received().stream().filter(d -> ids.contains(d.id())).count();
            System.out.printf("receiver outage: %d refused attempts, %d deliveries accepted for %d events%n",
                    receiver.failedCount(), copies, SUBMISSIONS);
            assertThat(ids).hasSize(SUBMISSIONS);
            assertThat(receiver.invalidCount()).isZero();
        }
    }

    private static SangtaoApi.Response submit(SangtaoApi api, String member, String unitId, int number) {
        return api.post("/api/initiatives/initiatives", member, """
                {"kind":"IDEA","title":"Ý tưởng số %d","summary":"Gửi trong lúc hệ thống nhận tin ngừng.","year":2026,
                 "applyingUnitId":"%s","authors":[{"kind":"UNIT","refId":"%s","contribution":100}]}"""
                .formatted(number, unitId, unitId));
    }
}
