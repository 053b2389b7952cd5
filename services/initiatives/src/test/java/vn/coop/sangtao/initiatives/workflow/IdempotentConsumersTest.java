package vn.coop.sangtao.initiatives.workflow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.initiatives.support.InitiativesApi;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.coop.sangtao.platform.test.TestTokens.bearer;

/** Redelivered events change nothing: the read models and the national nominations stay as one. */
@ServiceTest
class IdempotentConsumersTest extends InitiativesApi {

    @Autowired
    MongoTemplate mongo;

    @Test
    void shouldKeepOnePersonWhenMembershipsEventArrivesTwice() {
        String unit = knownUnit("ninh-binh", "HTX Chăn nuôi Gia Sinh");
        String person = knownPerson("ninh-binh", unit, "Lê Văn Tám");
        String type = "vn.coop.sangtao.person.updated.v1";
        String payload = ContractValidator.example(type).replace(EXAMPLE_PERSON, person).replace(EXAMPLE_UNIT, unit)
                .replace("Nguyễn Thị Hoa", "Lê Văn Tám (đã sửa)");
        String eventId = UUID.randomUUID().toString();
        send("membership.person.events", eventId, type, "ninh-binh", person, payload);
        send("membership.person.events", eventId, type, "ninh-binh", person, payload);
        await().atMost(Duration.ofSeconds(20)).until(() -> "Lê Văn Tám (đã sửa)".equals(
                mongo.findOne(Query.query(where("_id").is(person)), org.bson.Document.class, "known_people")
                        .getString("fullName")));
        assertThat(mongo.count(Query.query(where("_id").is(person)), "known_people")).isEqualTo(1);
    }

    @Test
    void shouldReceiveANominationOnceWhenItIsDeliveredTwice() {
        String type = "vn.coop.sangtao.initiative.nominated.v1";
        String initiative = UUID.randomUUID().toString();
        String payload = ContractValidator.example(type).replace("0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f", initiative);
        String eventId = UUID.randomUUID().toString();
        send("initiatives.initiative.events", eventId, type, "ninh-binh", initiative, payload);
        send("initiatives.initiative.events", UUID.randomUUID().toString(), type, "ninh-binh", initiative, payload);
        String national = bearer("vca", "vca.officer", "NATIONAL_OFFICER");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api().get("/api/initiatives/nominations/" + initiative, national).status() == 200);
        assertThat(mongo.count(Query.query(where("_id").is(initiative)), "nominations")).isEqualTo(1);
        assertThat(ok(api().get("/api/initiatives/nominations/" + initiative, national), 200).get("version").asLong())
                .isZero();
    }
}
