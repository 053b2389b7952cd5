package vn.coop.sangtao.initiatives.attachment;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
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
import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GridFS against both stores the suite runs on without a mongod: the memory backend of the tests
 * and the H2 backend of the local run. Each file spans several chunks and belongs to one tenant.
 */
class AttachmentContentRepositoryTest {

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
            AttachmentContentRepository contents = new AttachmentContentRepository(new MongoTemplate(client, "test"));
            byte[] bytes = new byte[3 * AttachmentContentRepository.CHUNK_BYTES + 17];
            new Random(7).nextBytes(bytes);
            Attachment attachment = Attachment.added("ninh-binh", "initiative-1", "Thuyết minh.pdf",
                    AttachmentType.PDF, bytes.length, "sha", Instant.now(), "nb.member");

            TenantContext.runAs("ninh-binh", () -> contents.store(attachment, new ByteArrayInputStream(bytes)));

            assertThat(TenantContext.callAs("ninh-binh", () -> read(contents, attachment.id()))).isEqualTo(bytes);
            assertThat(TenantContext.callAs("quang-tri", () -> contents.open(attachment.id()))).isEmpty();
            TenantContext.runAs("quang-tri", () -> contents.delete(attachment.id()));
            assertThat(TenantContext.callAs("ninh-binh", () -> contents.open(attachment.id()))).isPresent();
            TenantContext.runAs("ninh-binh", () -> contents.delete(attachment.id()));
            assertThat(TenantContext.callAs("ninh-binh", () -> contents.open(attachment.id()))).isEmpty();
            assertThat(client.getDatabase("test").getCollection(AttachmentContentRepository.BUCKET + ".chunks")
                    .countDocuments()).isZero();
        } finally {
            server.shutdownNow();
        }
    }

    private static byte[] read(AttachmentContentRepository contents, String id) {
        try (InputStream in = contents.open(id).orElseThrow()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
