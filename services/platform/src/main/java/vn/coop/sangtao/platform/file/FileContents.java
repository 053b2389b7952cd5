package vn.coop.sangtao.platform.file;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The bytes of uploaded files in one GridFS bucket (255 KB chunks, far below the document size
 * limit, read back one chunk at a time). The embedded store of the tests and of the local run serves
 * GridFS as a real MongoDB does. Each file's metadata names its tenant and every read and delete asks
 * for it, so a file is never served to another tenant even by its id.
 */
public class FileContents {

    public static final int CHUNK_BYTES = 255 * 1024;
    private static final String TENANT = "metadata." + AggregateStore.TENANT;

    private final GridFSBucket bucket;

    public FileContents(MongoTemplate mongo, String bucketName) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), bucketName).withChunkSizeBytes(CHUNK_BYTES);
    }

    /** Stores {@code content} for the current tenant under {@code id}, with what else the metadata should say. */
    public void store(String id, String fileName, Map<String, ?> metadata, InputStream content) {
        Document described = new Document(metadata).append(AggregateStore.TENANT, TenantContext.require());
        bucket.uploadFromStream(new BsonString(id), fileName, content, new GridFSUploadOptions().metadata(described));
    }

    /** The bytes of one of the current tenant's files, to be read and closed by the caller. */
    public Optional<InputStream> open(String id) {
        return mine(id).map(file -> bucket.openDownloadStream(file.getId()));
    }

    /** Removes the bytes of one of the current tenant's files; nothing happens when they are gone. */
    public void delete(String id) {
        mine(id).ifPresent(file -> {
            try {
                bucket.delete(file.getId());
            } catch (MongoGridFSException alreadyGone) {
                // deleted concurrently: the bytes are gone all the same
            }
        });
    }

    private Optional<GridFSFile> mine(String id) {
        return Optional.ofNullable(bucket.find(and(eq("_id", id), eq(TENANT, TenantContext.require()))).first());
    }
}
