package vn.coop.sangtao.identity.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.coop.sangtao.identity.support.TestMongo;

class KnownTenantRepositoryTests {

	private KnownTenantRepository tenants;

	@BeforeEach
	void connect() {
		tenants = new KnownTenantRepository(TestMongo.freshDatabase("tenants"));
	}

	@Test
	void shouldStoreActiveTenantWhenCreated() {
		tenants.created("ha-nam", "Liên minh HTX tỉnh Hà Nam");

		assertThat(tenants.find("ha-nam"))
			.contains(new KnownTenant("ha-nam", "Liên minh HTX tỉnh Hà Nam", TenantStatus.ACTIVE, null));
	}

	@Test
	void shouldKeepOneDocumentWhenSameEventsAreAppliedTwice() {
		tenants.created("ha-nam", "Liên minh HTX tỉnh Hà Nam");
		tenants.merged("ha-nam", "ninh-binh");
		tenants.created("ha-nam", "Liên minh HTX tỉnh Hà Nam");
		tenants.merged("ha-nam", "ninh-binh");

		assertThat(tenants.count()).isEqualTo(1);
		assertThat(tenants.find("ha-nam"))
			.contains(new KnownTenant("ha-nam", "Liên minh HTX tỉnh Hà Nam", TenantStatus.MERGED, "ninh-binh"));
	}

	@Test
	void shouldStayRetiredWhenCreationIsRedeliveredLate() {
		tenants.created("thu-nghiem", "Thử nghiệm");
		tenants.retired("thu-nghiem");

		tenants.created("thu-nghiem", "Thử nghiệm");

		assertThat(tenants.find("thu-nghiem").orElseThrow().status()).isEqualTo(TenantStatus.RETIRED);
	}

	@Test
	void shouldRecordMergerWhenCreationWasNeverSeen() {
		tenants.merged("nam-dinh", "ninh-binh");

		assertThat(tenants.find("nam-dinh")).contains(new KnownTenant("nam-dinh", null, TenantStatus.MERGED, "ninh-binh"));
	}

}
