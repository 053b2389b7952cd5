package vn.coop.sangtao.platform.file;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GridFS against both stores the suite runs on without a mongod: the memory backend of the tests
 * and the H2 backend of the local run. Each file spans several chunks and belongs to one tenant.
 */
class FileContentsTest {

    private static final String BUCKET = "test_content";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void shouldGiveBackTheBytesOnlyToTheirTenantAndForgetThemOnDelete(String backend) {
        MongoBackend store = backend.equals("memory") ? new MemoryBackend()
                : new H2Backend(dir.resolve("store.mv.db").toString());
        MongoServer server = new MongoServer(store);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            FileContents contents = new FileContents(new MongoTemplate(client, "test"), BUCKET);
            byte[] bytes = new byte[3 * FileContents.CHUNK_BYTES + 17];
            new Random(7).nextBytes(bytes);
            String id = "file-1";

            TenantContext.runAs("ninh-binh", () -> contents.store(id, "Thuyết minh.pdf",
                    Map.of("ownerId", "initiative-1"), new ByteArrayInputStream(bytes)));

            assertThat(TenantContext.callAs("ninh-binh", () -> read(contents, id))).isEqualTo(bytes);
            Document stored = client.getDatabase("test").getCollection(BUCKET + ".files").find().first();
            assertThat(stored.get("metadata", Document.class))
                    .containsEntry("ownerId", "initiative-1").containsEntry("tenantId", "ninh-binh");
            assertThat(TenantContext.callAs("quang-tri", () -> contents.open(id))).isEmpty();
            TenantContext.runAs("quang-tri", () -> contents.delete(id));
            assertThat(TenantContext.callAs("ninh-binh", () -> contents.open(id))).isPresent();
            TenantContext.runAs("ninh-binh", () -> contents.delete(id));
            assertThat(TenantContext.callAs("ninh-binh", () -> contents.open(id))).isEmpty();
            assertThat(client.getDatabase("test").getCollection(BUCKET + ".chunks").countDocuments()).isZero();
        } finally {
            server.shutdownNow();
        }
    }

    private static byte[] read(FileContents contents, String id) {
        try (InputStream in = contents.open(id).orElseThrow()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
