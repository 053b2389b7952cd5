package vn.coop.sangtao.identity.user;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who signs in. The tenant and roles end up in every token the person gets.
 *
 * @param id store id
 * @param username unique login name
 * @param passwordHash encoded with the delegating encoder ({@code {bcrypt}…}), never the password
 * @param tenant the tenant id, e.g. {@code ninh-binh}; tokens carry the survivor when membership
 * has merged it into another
 * @param roles the person's roles
 * @param displayName the name shown to people, in Vietnamese with diacritics
 * @param enabled a disabled account cannot sign in
 * @param unitTaxCode tax code of the member unit a unit representative acts for; tokens carry it
 * as the {@code unit} claim; null for everybody else
 */
@Document(UserAccount.COLLECTION)
public record UserAccount(@Id String id, String username, String passwordHash, String tenant, List<Role> roles,
		String displayName, boolean enabled, String unitTaxCode) {

	static final String COLLECTION = "users";

	public UserAccount {
		roles = roles == null ? List.of() : List.copyOf(roles);
	}

	public List<String> roleNames() {
		return roles.stream().map(Role::name).toList();
	}

	/** Overrides the record's toString so that a stray log line never prints the hash. */
	@Override
	public String toString() {
		return "UserAccount[username=" + username + ", tenant=" + tenant + ", roles=" + roles + ", unit="
				+ unitTaxCode + "]";
	}

}
