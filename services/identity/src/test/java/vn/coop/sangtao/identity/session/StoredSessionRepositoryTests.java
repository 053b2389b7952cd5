package vn.coop.sangtao.identity.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.session.MapSession;

import vn.coop.sangtao.identity.support.TestMongo;

class StoredSessionRepositoryTests {

	private StoredSessionRepository sessions;

	@BeforeEach
	void connect() {
		sessions = new StoredSessionRepository(TestMongo.freshDatabase("sessions"), Duration.ofMinutes(30));
		sessions.ensureIndexes();
	}

	@Test
	void shouldReadBackWhatAnotherInstanceSavedWithTheSignedInUser() {
		MapSession session = sessions.createSession();
		var user = User.withUsername("nb.officer").password("x").roles("EMULATION_OFFICER").build();
		session.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
		sessions.save(session);

		MapSession found = sessions.findById(session.getId());

		SecurityContextImpl context = found.getAttribute("SPRING_SECURITY_CONTEXT");
		assertThat(context.getAuthentication().getName()).isEqualTo("nb.officer");
		assertThat(context.getAuthentication().getAuthorities())
			.isEqualTo(AuthorityUtils.createAuthorityList("ROLE_EMULATION_OFFICER"));
		assertThat(found.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void shouldForgetTheOldIdWhenASignInChangesIt() {
		MapSession session = sessions.createSession();
		session.setAttribute("step", "login");
		sessions.save(session);
		MapSession read = sessions.findById(session.getId());

		String oldId = read.getId();
		String newId = read.changeSessionId();
		sessions.save(read);

		assertThat(sessions.findById(oldId)).isNull();
		assertThat(sessions.findById(newId).<String>getAttribute("step")).isEqualTo("login");
	}

	@Test
	void shouldTreatAnExpiredSessionAsAbsentAndDeleteIt() {
		MapSession session = sessions.createSession();
		session.setLastAccessedTime(Instant.now().minus(Duration.ofHours(1)));
		sessions.save(session);

		assertThat(sessions.findById(session.getId())).isNull();
		sessions.deleteById(session.getId());
		assertThat(sessions.findById(session.getId())).isNull();
	}

	@Test
	void shouldRefuseToBuildClassesOutsideTheJdkAndSpringSecurity() {
		List<Object> smuggled = new ArrayList<>(List.of("harmless", new Smuggled("rm -rf /")));

		assertThat(StoredObjects.read(StoredObjects.write((Serializable) smuggled), List.class, "test")).isEmpty();
		assertThat(StoredObjects.read(StoredObjects.write(new ArrayList<>(List.of("fine"))), List.class, "test"))
			.contains(List.of("fine"));
	}

	/** Stands for any class a tampered document might name. */
	record Smuggled(String command) implements Serializable {
	}

}
