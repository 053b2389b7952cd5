package vn.coop.sangtao.initiatives.attachment;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeService;
import vn.coop.sangtao.initiatives.initiative.InitiativeStatus;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The files of an initiative's dossier. Its creator or staff add and remove them while the dossier
 * can still change (a draft, submitted, or returned for completion); whoever may read the
 * initiative's content may list and download them. Every file is checked by its bytes against the
 * allowed types and bounded in size and number.
 * <p>
 * The bytes go to {@link AttachmentContentRepository} first and the record with its event second:
 * without transactions, a crash in between leaves bytes that nothing points at, never a record
 * (or an announced file) without its bytes.
 */
@Service
public class AttachmentService {

    static final String COLLECTION = "attachments";
    private static final Set<InitiativeStatus> CHANGEABLE =
            EnumSet.of(InitiativeStatus.DRAFT, InitiativeStatus.RETURNED, InitiativeStatus.SUBMITTED);
    /** What browsers declare for a file they cannot name: the bytes decide. */
    private static final Set<String> UNDECLARED = Set.of("", "application/octet-stream", "binary/octet-stream");
    /** What some systems declare for any ZIP package, Office files included: not a contradiction. */
    private static final Set<String> ZIP = Set.of("application/zip", "application/x-zip-compressed");
    private static final int LIST_LIMIT = 1_000;

    private final Aggregates<Attachment> attachments;
    private final AttachmentContentRepository contents;
    private final InitiativeService initiatives;
    private final AttachmentProperties limits;
    private final Clock clock;

    AttachmentService(AggregateStore store, EventFactory events, MongoTemplate mongo,
                      AttachmentContentRepository contents, InitiativeService initiatives, AttachmentProperties limits,
                      Clock clock) {
        this.attachments = new Aggregates<>(store, events, COLLECTION, AttachmentEvent.TOPIC, Attachment.class,
                Attachment::id);
        mongo.indexOps(COLLECTION).createIndex(new Index().on(AggregateStore.TENANT, Sort.Direction.ASC)
                .on("initiativeId", Sort.Direction.ASC).named("tenant_initiative"));
        this.contents = contents;
        this.initiatives = initiatives;
        this.limits = limits;
        this.clock = clock;
    }

    /** What a download serves: the record, and its bytes to be read once and closed. */
    public record Download(Attachment attachment, InputStream content) {
    }

    /** Adds a file to the dossier and announces it. */
    public Attachment attach(String initiativeId, Upload upload) {
        Initiative initiative = initiatives.get(initiativeId);
        requireMayChange(initiative);
        if (upload.size() > limits.maxBytes().toBytes()) {
            throw tooLarge();
        }
        if (attachments.count(current(initiativeId)) >= limits.maxPerInitiative()) {
            throw ApiProblem.rule("too-many-attachments", limits.maxPerInitiative());
        }
        Path spooled = null;
        try {
            spooled = Files.createTempFile("sangtao-attachment-", ".part");
            String sha256 = spool(upload, spooled);
            long size = Files.size(spooled);
            if (size == 0) {
                throw ApiProblem.rule("attachment-empty");
            }
            AttachmentType type = FileSignatures.detect(spooled)
                    .orElseThrow(() -> ApiProblem.rule("attachment-type-not-allowed"));
            requireDeclaredTypeAgrees(upload.declaredType(), type);
            Attachment attachment = Attachment.added(TenantContext.require(), initiativeId,
                    FileNames.clean(upload.fileName(), type), type, size, sha256, clock.instant(), Actor.current());
            try (InputStream bytes = Files.newInputStream(spooled)) {
                contents.store(attachment, bytes);
            }
            try {
                attachments.insert(attachment, AttachmentEvent.ADDED, AttachmentEvent.Added.of(attachment));
            } catch (RuntimeException notRecorded) {
                contents.delete(attachment.id());
                throw notRecorded;
            }
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(spooled);
        }
    }

    /** The dossier's files, oldest first. */
    public List<Attachment> list(String initiativeId) {
        Initiative initiative = initiatives.get(initiativeId);
        requireMaySee(initiative);
        return attachments.find(current(initiativeId), Sort.by("addedAt", "_id"), 0, LIST_LIMIT);
    }

    public Download open(String initiativeId, String attachmentId) {
        Initiative initiative = initiatives.get(initiativeId);
        requireMaySee(initiative);
        Attachment attachment = find(initiative, attachmentId);
        InputStream content = contents.open(attachmentId)
                .orElseThrow(() -> ApiProblem.notFound("attachment", attachmentId));
        return new Download(attachment, content);
    }

    /**
     * Removes a file from the dossier: the removal is recorded and announced first, then the bytes
     * go. A crash in between leaves bytes no record offers any more.
     */
    public void remove(String initiativeId, String attachmentId) {
        Initiative initiative = initiatives.get(initiativeId);
        requireMayChange(initiative);
        Attachment attachment = find(initiative, attachmentId);
        Attachment removed = attachment.removed(clock.instant(), Actor.current());
        attachments.save(removed, attachment.version(), AttachmentEvent.REMOVED, AttachmentEvent.Removed.of(removed));
        contents.delete(attachmentId);
    }

    private Attachment find(Initiative initiative, String attachmentId) {
        return attachments.find(attachmentId)
                .filter(a -> a.initiativeId().equals(initiative.id()) && !a.isRemoved())
                .orElseThrow(() -> ApiProblem.notFound("attachment", attachmentId));
    }

    private static Criteria current(String initiativeId) {
        return where("initiativeId").is(initiativeId).and("removedAt").is(null);
    }

    private static void requireMayChange(Initiative initiative) {
        if (!InitiativeService.isStaff() && !Actor.current().equals(initiative.createdBy())) {
            throw ApiProblem.forbidden("not-your-initiative");
        }
        if (!CHANGEABLE.contains(initiative.status())) {
            throw ApiProblem.rule("attachments-locked", initiative.status());
        }
    }

    /** The files are the dossier's content: a confidential one shows them as it shows its content. */
    private static void requireMaySee(Initiative initiative) {
        String actor = Actor.current();
        boolean mayRead = !initiative.confidential() || InitiativeService.isStaff()
                || actor.equals(initiative.createdBy())
                || initiative.reviewers().stream().anyMatch(r -> r.username().equals(actor));
        if (!mayRead) {
            throw ApiProblem.forbidden("attachments-hidden");
        }
    }

    private static void requireDeclaredTypeAgrees(String declared, AttachmentType detected) {
        String bare = declared == null ? "" : declared.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (UNDECLARED.contains(bare) || (ZIP.contains(bare) && detected.mediaType().contains("openxmlformats"))) {
            return;
        }
        if (AttachmentType.ofMediaType(bare).orElse(null) != detected) {
            throw ApiProblem.rule("attachment-type-mismatch", bare, detected.mediaType());
        }
    }

    /** Copies the upload to {@code target}, answering its SHA-256; stops as soon as it grows past the limit. */
    private String spool(Upload upload, Path target) throws IOException {
        MessageDigest sha256 = sha256();
        long limit = limits.maxBytes().toBytes();
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = upload.content().open(); OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > limit) {
                    throw tooLarge();
                }
                sha256.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(413, "attachment-too-large", List.of(), limits.maxBytesReadable());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file the system cleans up in the end
        }
    }
}
