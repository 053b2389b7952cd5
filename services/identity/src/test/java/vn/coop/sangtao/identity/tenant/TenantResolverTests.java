package vn.coop.sangtao.identity.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.coop.sangtao.identity.support.TestMongo;

class TenantResolverTests {

	private KnownTenantRepository tenants;

	private TenantResolver resolver;

	@BeforeEach
	void connect() {
		tenants = new KnownTenantRepository(TestMongo.freshDatabase("tenants"));
		resolver = new TenantResolver(tenants);
	}

	@Test
	void shouldKeepTenantWhenIdentityHasNotHeardOfIt() {
		assertThat(resolver.resolve("quang-tri")).isEqualTo(new ResolvedTenant("quang-tri", false));
	}

	@Test
	void shouldKeepTenantWhenItIsActive() {
		tenants.created("ninh-binh", "Liên minh HTX tỉnh Ninh Bình");

		assertThat(resolver.resolve("ninh-binh")).isEqualTo(new ResolvedTenant("ninh-binh", false));
	}

	@Test
	void shouldFollowEveryMergerWhenSurvivorWasMergedAgain() {
		tenants.merged("ha-nam", "nam-ha");
		tenants.merged("nam-ha", "ninh-binh");
		tenants.created("ninh-binh", "Liên minh HTX tỉnh Ninh Bình");

		assertThat(resolver.resolve("ha-nam")).isEqualTo(new ResolvedTenant("ninh-binh", false));
	}

	@Test
	void shouldTakeSurvivorAsItIsWhenIdentityHasNotHeardOfIt() {
		tenants.merged("nam-dinh", "ninh-binh");

		assertThat(resolver.resolve("nam-dinh")).isEqualTo(new ResolvedTenant("ninh-binh", false));
	}

	@Test
	void shouldCloseWhenTenantIsRetired() {
		tenants.created("thu-nghiem", "Thử nghiệm");
		tenants.retired("thu-nghiem");

		assertThat(resolver.resolve("thu-nghiem").retired()).isTrue();
	}

	@Test
	void shouldCloseWhenSurvivorIsRetired() {
		tenants.merged("a-tinh", "b-tinh");
		tenants.retired("b-tinh");

		assertThat(resolver.resolve("a-tinh")).isEqualTo(new ResolvedTenant("b-tinh", true));
	}

	@Test
	void shouldStopAfterTenHopsWhenMergersRunInACircle() {
		tenants.merged("vong-a", "vong-b");
		tenants.merged("vong-b", "vong-a");

		ResolvedTenant resolved = resolver.resolve("vong-a");

		assertThat(resolved.id()).isEqualTo("vong-a");
		assertThat(resolved.retired()).isFalse();
	}

	@Test
	void shouldStopAtTenthSurvivorWhenChainIsLonger() {
		for (int i = 0; i < 12; i++) {
			tenants.merged("t" + i, "t" + (i + 1));
		}

		assertThat(resolver.resolve("t0").id()).isEqualTo("t10");
	}

	@Test
	void shouldAnswerNothingWhenAccountHasNoTenant() {
		assertThat(resolver.resolve(null)).isEqualTo(new ResolvedTenant(null, false));
	}

}
