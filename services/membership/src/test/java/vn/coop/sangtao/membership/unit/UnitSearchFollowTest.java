package vn.coop.sangtao.membership.unit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.test.ApiClient;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

/** The unit search as several instances see it: each learns the others' changes from the units' events. */
@ServiceTest
class UnitSearchFollowTest {

    private static final String NB = bearer("ninh-binh", "nb.officer", "EMULATION_OFFICER");

    @LocalServerPort
    int port;
    @Autowired
    AggregateStore store;
    @Autowired
    EventFactory events;

    private List<String> found(String query) {
        ApiClient.Response page = new ApiClient(port).get("/api/membership/units?q=" + query, NB);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    @Test
    void shouldFindAUnitByItsNewNameWhenAnotherInstanceRenamedIt() {
        ApiClient.Response created = new ApiClient(port).post("/api/membership/units", NB, """
                {"name":"HTX Dịch vụ Khánh Thượng","kind":"COOPERATIVE","taxCode":"%s","sector":"AGRICULTURE"}"""
                .formatted(UnitApiTest.newTaxCode()));
        JsonNode unit = created.json();
        String id = unit.get("id").asString();
        assertThat(found("khanh%20thuong")).containsExactly(id);

        // another instance's write: the same store and topic, but not this instance's write-through
        Aggregates<MemberUnit> elsewhere = new Aggregates<>(store, events, UnitService.COLLECTION,
                UnitRegistered.TOPIC, MemberUnit.class, MemberUnit::id);
        TenantContext.runAs("ninh-binh", () -> {
            MemberUnit current = elsewhere.get(id);
            MemberUnit renamed = current.update(new UnitProfile("HTX Dịch vụ Yên Thắng", current.profile().kind(),
                    current.profile().sector(), null, null, null, null, null, null, null));
            elsewhere.save(renamed, current.version(), UnitUpdated.TYPE, renamed.updated(Instant.now()));
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> found("yen%20thang").contains(id));
        assertThat(found("khanh%20thuong")).doesNotContain(id);
    }
}
