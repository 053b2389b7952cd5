package vn.coop.sangtao.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A checksum of every collection in the store: its document count and a SHA-256 of its documents in
 * {@code _id} order. Two checksums differ where anything was written in between.
 */
final class StoreChecksum {

	private static final List<String> SYSTEM_DATABASES = List.of("admin", "local", "config");

	private StoreChecksum() {
	}

	private static final int BATCH = 500;

	/** {@code database.collection} → {@code count:sha256-prefix}. */
	static Map<String, String> of(String storeUri) {
		Map<String, String> sums = new TreeMap<>();
		try (MongoClient client = MongoClients.create(storeUri)) {
			for (String name : client.listDatabaseNames()) {
				if (SYSTEM_DATABASES.contains(name)) {
					continue;
				}
				MongoDatabase database = client.getDatabase(name);
				for (String collection : database.listCollectionNames()) {
					sums.put(name + "." + collection, of(database, collection));
				}
			}
		}
		return sums;
	}

	private static String of(MongoDatabase database, String collection) {
		MessageDigest sha = sha256();
		long count = 0;
		// in batches: the embedded store answers a find with one reply, and after the other drills the
		// initiatives alone are past the driver's 48 MB limit for one message
		for (Document document : database.getCollection(collection).find().sort(new Document("_id", 1)).batchSize(BATCH)) {
			sha.update(document.toJson().getBytes(StandardCharsets.UTF_8));
			count++;
		}
		return count + ":" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
