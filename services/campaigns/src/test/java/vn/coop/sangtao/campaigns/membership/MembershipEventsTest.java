package vn.coop.sangtao.campaigns.membership;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.campaigns.support.CampaignsApi;
import vn.coop.sangtao.contracts.ContractValidator;
import vn.coop.sangtao.platform.test.ServiceTest;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class MembershipEventsTest extends CampaignsApi {

    @Test
    void shouldApplyARedeliveredUnitEventOnceAndKeepTheLaterNameWhenAnOldEventComesAgain() {
        String unit = UUID.randomUUID().toString();
        String registered = UUID.randomUUID().toString();
        String type = "vn.coop.sangtao.unit.registered.v1";
        String payload = ContractValidator.example(type).replace(EXAMPLE_UNIT, unit).replace("2700123456", taxCode());
        send("membership.unit.events", registered, type, NB, unit, payload);
        send("membership.unit.events", registered, type, NB, unit, payload);
        await().atMost(Duration.ofSeconds(20)).until(() -> texts(board(NB), "unitId").contains(unit));
        assertThat(texts(board(NB), "unitId").stream().filter(unit::equals)).hasSize(1);

        String renamed = ContractValidator.example("vn.coop.sangtao.unit.updated.v1").replace(EXAMPLE_UNIT, unit)
                .replace("HTX Nông nghiệp và Dịch vụ Gia Trấn", "HTX Gia Trấn mới");
        send("membership.unit.events", "vn.coop.sangtao.unit.updated.v1", NB, unit, renamed);
        await().atMost(Duration.ofSeconds(20)).until(() -> name(NB, unit).equals("HTX Gia Trấn mới"));
    }

    @Test
    void shouldMoveAMergedTenantsUnitToTheSurvivorAndIgnoreTheMergedTenantsLateEvents() {
        String tax = taxCode();
        String unit = knownUnit("ha-nam", "HTX Nhân Mỹ", tax, null, null);
        String type = "vn.coop.sangtao.unit.transferred.v1";
        send("membership.unit.events", type, NB, unit, ContractValidator.example(type).replace(EXAMPLE_UNIT, unit)
                .replace("0700213469", tax));
        await().atMost(Duration.ofSeconds(20)).until(() -> texts(board(NB), "unitId").contains(unit));
        assertThat(texts(board("ha-nam"), "unitId")).doesNotContain(unit);

        String late = ContractValidator.example("vn.coop.sangtao.unit.updated.v1").replace(EXAMPLE_UNIT, unit)
                .replace("\"ninh-binh\"", "\"ha-nam\"").replace("HTX Nông nghiệp và Dịch vụ Gia Trấn", "Tên cũ");
        send("membership.unit.events", "vn.coop.sangtao.unit.updated.v1", "ha-nam", unit, late);
        // a unit announced under the same key lands on the same partition, so once it shows the late event was read
        String marker = UUID.randomUUID().toString();
        String registered = "vn.coop.sangtao.unit.registered.v1";
        send("membership.unit.events", registered, "ha-nam", unit, ContractValidator.example(registered)
                .replace(EXAMPLE_UNIT, marker).replace("\"ninh-binh\"", "\"ha-nam\"").replace("2700123456", taxCode()));
        await().atMost(Duration.ofSeconds(20)).until(() -> texts(board("ha-nam"), "unitId").contains(marker));
        assertThat(name(NB, unit)).isEqualTo("HTX Dịch vụ nông nghiệp Nhân Mỹ");
        assertThat(texts(board("ha-nam"), "unitId")).doesNotContain(unit);
    }

    private String name(String tenant, String unitId) {
        return board(tenant).valueStream().filter(r -> r.get("unitId").asString().equals(unitId))
                .map(r -> r.get("unitName").asString()).findFirst().orElse("");
    }

}
