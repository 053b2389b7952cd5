package vn.coop.sangtao.initiatives.attachment;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeService;
import vn.coop.sangtao.initiatives.initiative.InitiativeStatus;
import vn.coop.sangtao.platform.file.FileContents;
import vn.coop.sangtao.platform.file.FileType;
import vn.coop.sangtao.platform.file.ReceivedFile;
import vn.coop.sangtao.platform.file.Upload;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The files of an initiative's dossier. Its creator or staff add and remove them while the dossier
 * can still change (a draft, submitted, or returned for completion); whoever may read the
 * initiative's content may list and download them. The platform checks every file
 * ({@link ReceivedFile}: its type by its bytes, its size); their number is bounded here.
 * <p>
 * The bytes go to the store ({@link FileContents}, bucket {@value #BUCKET}) first and the record with
 * its event second: without transactions, a crash in between leaves bytes that nothing points at,
 * never a record (or an announced file) without its bytes.
 */
@Service
public class AttachmentService {

    static final String COLLECTION = "attachments";
    static final String BUCKET = "attachment_content";
    /** Documents, sheets, slides, photos and scans. */
    static final Set<FileType> ALLOWED = EnumSet.allOf(FileType.class);
    private static final Set<InitiativeStatus> CHANGEABLE =
            EnumSet.of(InitiativeStatus.DRAFT, InitiativeStatus.RETURNED, InitiativeStatus.SUBMITTED);
    private static final int LIST_LIMIT = 1_000;

    private final Aggregates<Attachment> attachments;
    private final FileContents contents;
    private final InitiativeService initiatives;
    private final AttachmentProperties limits;
    private final Clock clock;

    AttachmentService(AggregateStore store, EventFactory events, MongoTemplate mongo, InitiativeService initiatives,
                      AttachmentProperties limits, Clock clock) {
        this.attachments = new Aggregates<>(store, events, COLLECTION, AttachmentEvent.TOPIC, Attachment.class,
                Attachment::id);
        mongo.indexOps(COLLECTION).createIndex(new Index().on(AggregateStore.TENANT, Sort.Direction.ASC)
                .on("initiativeId", Sort.Direction.ASC).named("tenant_initiative"));
        this.contents = new FileContents(mongo, BUCKET);
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
        if (upload.size() > limits.uploadLimit().maxBytes()) {
            throw ReceivedFile.tooLarge(limits.uploadLimit());
        }
        if (attachments.count(current(initiativeId)) >= limits.maxPerInitiative()) {
            throw ApiProblem.rule("too-many-attachments", limits.maxPerInitiative());
        }
        try (ReceivedFile file = ReceivedFile.receive(upload, limits.uploadLimit(), ALLOWED)) {
            Attachment attachment = Attachment.added(TenantContext.require(), initiativeId, file.fileName(),
                    file.type(), file.size(), file.sha256(), clock.instant(), Actor.current());
            try (InputStream bytes = file.open()) {
                contents.store(attachment.id(), attachment.fileName(),
                        Map.of("initiativeId", initiativeId, "contentType", attachment.contentType()), bytes);
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
}
