package vn.coop.sangtao.initiatives.attachment;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.io.InputStream;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The bytes of attachments, in GridFS (bucket {@value #BUCKET}: 255 KB chunks, far below the
 * document size limit, read back one chunk at a time). The embedded store of the tests and of the
 * local run serves GridFS as a real MongoDB does. Each file's metadata names its tenant and every
 * read and delete asks for it, so a file is never served to another tenant even by its id.
 */
@Repository
public class AttachmentContentRepository {

    static final String BUCKET = "attachment_content";
    static final int CHUNK_BYTES = 255 * 1024;
    private static final String TENANT = "metadata." + AggregateStore.TENANT;

    private final GridFSBucket bucket;

    AttachmentContentRepository(MongoTemplate mongo) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), BUCKET).withChunkSizeBytes(CHUNK_BYTES);
    }

    /** Stores the bytes of {@code attachment} for the current tenant, under the attachment's id. */
    public void store(Attachment attachment, InputStream content) {
        Document metadata = new Document(AggregateStore.TENANT, TenantContext.require())
                .append("initiativeId", attachment.initiativeId())
                .append("contentType", attachment.contentType());
        bucket.uploadFromStream(new BsonString(attachment.id()), attachment.fileName(), content,
                new GridFSUploadOptions().metadata(metadata));
    }

    /** The bytes of one of the current tenant's attachments, to be read and closed by the caller. */
    public Optional<InputStream> open(String attachmentId) {
        return mine(attachmentId).map(file -> bucket.openDownloadStream(file.getId()));
    }

    /** Removes the bytes of one of the current tenant's attachments; nothing happens when they are gone. */
    public void delete(String attachmentId) {
        mine(attachmentId).ifPresent(file -> {
            try {
                bucket.delete(file.getId());
            } catch (MongoGridFSException alreadyGone) {
                // deleted concurrently: the bytes are gone all the same
            }
        });
    }

    private Optional<GridFSFile> mine(String attachmentId) {
        return Optional.ofNullable(bucket.find(and(eq("_id", attachmentId), eq(TENANT, TenantContext.require())))
                .first());
    }
}
