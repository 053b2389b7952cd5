package vn.coop.sangtao.identity.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.coop.sangtao.identity.support.TestMongo;

class DemoSeedTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private UserRepository users;

	@BeforeEach
	void connect() {
		users = new UserRepository(TestMongo.freshDatabase("seed"));
		users.ensureIndexes();
	}

	@Test
	void shouldLeaveSameUsersWhenSeededTwice() {
		DemoSeed seed = new DemoSeed(users, encoder);

		int firstRun = seed.seed();
		long afterFirst = users.count();
		String hashAfterFirst = users.findByUsername("nb.admin").orElseThrow().passwordHash();
		int secondRun = seed.seed();

		assertThat(firstRun).isEqualTo(DemoUsers.ALL.size());
		assertThat(secondRun).isZero();
		assertThat(users.count()).isEqualTo(afterFirst).isEqualTo(DemoUsers.ALL.size());
		assertThat(users.findByUsername("nb.admin").orElseThrow().passwordHash()).isEqualTo(hashAfterFirst);
	}

	@Test
	void shouldStoreBcryptHashWhenSeeding() {
		new DemoSeed(users, encoder).seed();

		UserAccount admin = users.findByUsername("admin").orElseThrow();
		assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain(DemoSeed.DEMO_PASSWORD);
		assertThat(encoder.matches(DemoSeed.DEMO_PASSWORD, admin.passwordHash())).isTrue();
		assertThat(admin.tenant()).isEqualTo("vca");
		assertThat(admin.roles()).containsExactly(Role.PLATFORM_ADMIN);
	}

	@Test
	void shouldSeedThreeCouncilMembersWhenSeeding() {
		new DemoSeed(users, encoder).seed();

		assertThat(List.of("nb.council1", "nb.council2", "nb.council3"))
			.allSatisfy((name) -> assertThat(users.findByUsername(name).orElseThrow().roles())
				.containsExactly(Role.COUNCIL_MEMBER));
	}

	@Test
	void shouldGiveUnitOnlyToUnitRepresentativeWhenSeeding() {
		new DemoSeed(users, encoder).seed();

		assertThat(users.findByUsername("nb.unitrep").orElseThrow().unitTaxCode()).isEqualTo("2701000019");
		assertThat(DemoUsers.ALL).filteredOn((demo) -> !demo.username().equals("nb.unitrep"))
			.allSatisfy((demo) -> assertThat(users.findByUsername(demo.username()).orElseThrow().unitTaxCode())
				.isNull());
	}

	@Test
	void shouldCompleteUnitWhenStoreWasSeededBeforeUnitsExisted() {
		for (DemoUser demo : DemoUsers.ALL) {
			users.insert(new UserAccount(null, demo.username(), encoder.encode("changed-by-hand"), demo.tenant(),
					List.of(demo.role()), demo.displayName(), true, null));
		}
		DemoSeed seed = new DemoSeed(users, encoder);

		int firstRun = seed.seed();
		int secondRun = seed.seed();

		assertThat(firstRun).isEqualTo(1);
		assertThat(secondRun).isZero();
		UserAccount unitRep = users.findByUsername("nb.unitrep").orElseThrow();
		assertThat(unitRep.unitTaxCode()).isEqualTo("2701000019");
		assertThat(encoder.matches("changed-by-hand", unitRep.passwordHash())).isTrue();
		assertThat(users.count()).isEqualTo((long) DemoUsers.ALL.size());
	}

	@Test
	void shouldKeepUnitWhenChangedByHand() {
		users.insert(new UserAccount(null, "nb.unitrep", encoder.encode(DemoSeed.DEMO_PASSWORD), "ninh-binh",
				List.of(Role.UNIT_REP), "Hoàng Văn Sơn", true, "2701000026"));

		new DemoSeed(users, encoder).seed();

		assertThat(users.findByUsername("nb.unitrep").orElseThrow().unitTaxCode()).isEqualTo("2701000026");
	}

	@Test
	void shouldRejectDuplicateUsernameWhenInserted() {
		UserAccount user = new UserAccount(null, "x.user", "{noop}x", "ninh-binh", List.of(Role.MEMBER), "Nguyễn Văn X",
				true, null);
		users.insert(user);

		assertThatThrownBy(() -> users.insert(user)).isInstanceOf(DuplicateKeyException.class);
	}

}
