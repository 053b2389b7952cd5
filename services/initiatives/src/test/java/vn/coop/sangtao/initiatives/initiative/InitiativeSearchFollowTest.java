package vn.coop.sangtao.initiatives.initiative;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.coop.sangtao.initiatives.support.InitiativesApi;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Searches as several instances see them: each learns the others' writes from the initiatives' events. */
@ServiceTest
class InitiativeSearchFollowTest extends InitiativesApi {

    @Autowired
    AggregateStore store;
    @Autowired
    EventFactory events;

    private List<String> found(String query) {
        List<String> ids = new ArrayList<>();
        ok(api().get("/api/initiatives/initiatives?q=" + query, NB_OFFICER), 200).get("items")
                .forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    @Test
    void shouldFindAnInitiativeByItsRevisedTitleWhenAnotherInstanceRevisedIt() {
        String unitId = knownUnit("ninh-binh", "HTX Khánh Thượng");
        String id = ok(create(NB_OFFICER, unitId, "Lò sấy trấu Khánh Thượng", true), 201).get("id").asString();
        assertThat(found("lo%20say%20trau")).containsExactly(id);

        // another instance's write: the same store and topic, but not this instance's write-through
        Aggregates<Initiative> elsewhere = new Aggregates<>(store, events, InitiativeService.COLLECTION,
                InitiativeEvent.TOPIC, Initiative.class, Initiative::id);
        TenantContext.runAs("ninh-binh", () -> {
            Initiative current = elsewhere.get(id);
            long version = current.version();
            Content was = current.content();
            Content renamed = new Content("Máy ép viên trấu", was.summary(), was.currentState(), was.solution(),
                    was.appliedWhere(), was.appliedSince(), was.scope(), was.economicBenefitVnd(), was.socialBenefit(),
                    was.field());
            current.edit(new Initiative.Draft(current.kind(), renamed, current.year(), current.authors(),
                    current.applyingUnitId(), null, false), Instant.now(), "elsewhere");
            elsewhere.save(current, version, InitiativeEvent.REVISED, new InitiativeEvent.Revised(id, "ninh-binh",
                    current.revisions().size(), current.title(), Instant.now()));
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> found("may%20ep%20vien").contains(id));
        assertThat(found("lo%20say%20trau")).doesNotContain(id);
    }
}
