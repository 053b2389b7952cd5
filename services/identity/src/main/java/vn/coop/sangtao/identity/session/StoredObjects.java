package vn.coop.sangtao.identity.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login sessions and authorizations as bytes in the store, in Java serialization: Spring Security
 * makes every object they hold serializable, for this purpose. Reading admits only the JDK's, Spring
 * Security's and Spring Session's classes, so a tampered document cannot make identity build anything
 * else. What cannot be read back (a document written by an identity on an older Spring Security whose
 * classes changed) is treated as absent: the user signs in again.
 */
final class StoredObjects {

	private static final Logger log = LoggerFactory.getLogger(StoredObjects.class);

	private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
			"maxdepth=30;java.**;org.springframework.security.**;org.springframework.session.**;!*");

	private StoredObjects() {
	}

	static byte[] write(Serializable value) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot serialize " + value.getClass().getName(), ex);
		}
		return bytes.toByteArray();
	}

	static <T> Optional<T> read(byte[] bytes, Class<T> type, String what) {
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
			in.setObjectInputFilter(ALLOWED);
			return Optional.of(type.cast(in.readObject()));
		}
		catch (IOException | ClassNotFoundException | ClassCastException ex) {
			log.warn("Stored {} cannot be read back and is ignored: {}", what, ex.toString());
			return Optional.empty();
		}
	}

}
