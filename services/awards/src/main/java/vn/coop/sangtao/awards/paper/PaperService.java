package vn.coop.sangtao.awards.paper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.awards.proposal.Proposal;
import vn.coop.sangtao.awards.proposal.ProposalService;
import vn.coop.sangtao.awards.proposal.ProposalStatus;
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
 * The uploaded papers of a proposal's dossier: signed scans of the letter, report and minutes, and
 * other papers. They are added and removed until the proposal is decided (granted or refused);
 * the platform checks each file ({@link ReceivedFile}: PDF, JPEG, PNG or DOCX by its bytes, up to
 * {@code sangtao.awards.papers.max-bytes}). The bytes go to GridFS (bucket {@value #BUCKET}) first
 * and the record with its event second, so a crash in between leaves bytes nothing points at, never
 * a paper without its bytes.
 */
@Service
@EnableConfigurationProperties(PaperProperties.class)
public class PaperService {

    static final String COLLECTION = "papers";
    static final String BUCKET = "paper_content";
    static final Set<FileType> ALLOWED = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.DOCX);
    /** A decided proposal's dossier is closed: granted or refused, it is what the decision rested on. */
    private static final Set<ProposalStatus> CLOSED = EnumSet.of(ProposalStatus.DECIDED, ProposalStatus.REJECTED);
    private static final int LIST_LIMIT = 1_000;

    private final Aggregates<Paper> papers;
    private final FileContents contents;
    private final ProposalService proposals;
    private final PaperProperties limits;
    private final Clock clock;

    PaperService(AggregateStore store, EventFactory events, MongoTemplate mongo, ProposalService proposals,
                 PaperProperties limits, Clock clock) {
        this.papers = new Aggregates<>(store, events, COLLECTION, PaperEvent.TOPIC, Paper.class, Paper::id);
        mongo.indexOps(COLLECTION).createIndex(new Index().on(AggregateStore.TENANT, Sort.Direction.ASC)
                .on("proposalId", Sort.Direction.ASC).named("tenant_proposal"));
        this.contents = new FileContents(mongo, BUCKET);
        this.proposals = proposals;
        this.limits = limits;
        this.clock = clock;
    }

    /** What a download serves: the record, and its bytes to be read once and closed. */
    public record Download(Paper paper, InputStream content) {
    }

    /** Adds a paper to the dossier and announces it. */
    public Paper add(String proposalId, PaperKind kind, Upload upload) {
        Proposal proposal = proposals.get(proposalId);
        requireOpen(proposal);
        if (upload.size() > limits.uploadLimit().maxBytes()) {
            throw ReceivedFile.tooLarge(limits.uploadLimit());
        }
        if (papers.count(current(proposalId)) >= limits.maxPerProposal()) {
            throw ApiProblem.rule("too-many-papers", limits.maxPerProposal());
        }
        try (ReceivedFile file = ReceivedFile.receive(upload, limits.uploadLimit(), ALLOWED)) {
            Paper paper = Paper.added(TenantContext.require(), proposalId, kind, file.fileName(), file.type(),
                    file.size(), file.sha256(), clock.instant(), Actor.current());
            try (InputStream bytes = file.open()) {
                contents.store(paper.id(), paper.fileName(),
                        Map.of("proposalId", proposalId, "contentType", paper.contentType()), bytes);
            }
            try {
                papers.insert(paper, PaperEvent.ADDED, PaperEvent.Changed.added(paper));
            } catch (RuntimeException notRecorded) {
                contents.delete(paper.id());
                throw notRecorded;
            }
            return paper;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dossier's papers, oldest first. */
    public List<Paper> list(String proposalId) {
        proposals.get(proposalId);
        return papers.find(current(proposalId), Sort.by("addedAt", "_id"), 0, LIST_LIMIT);
    }

    public Download open(String proposalId, String paperId) {
        Paper paper = find(proposals.get(proposalId), paperId);
        InputStream content = contents.open(paperId).orElseThrow(() -> ApiProblem.notFound("paper", paperId));
        return new Download(paper, content);
    }

    /** Removes a paper: the removal is recorded and announced first, then the bytes go. */
    public void remove(String proposalId, String paperId) {
        Proposal proposal = proposals.get(proposalId);
        requireOpen(proposal);
        Paper paper = find(proposal, paperId);
        Paper removed = paper.removed(clock.instant(), Actor.current());
        papers.save(removed, paper.version(), PaperEvent.REMOVED, PaperEvent.Changed.removed(removed));
        contents.delete(paperId);
    }

    private Paper find(Proposal proposal, String paperId) {
        return papers.find(paperId).filter(p -> p.proposalId().equals(proposal.id()) && !p.isRemoved())
                .orElseThrow(() -> ApiProblem.notFound("paper", paperId));
    }

    private static Criteria current(String proposalId) {
        return where("proposalId").is(proposalId).and("removedAt").is(null);
    }

    private static void requireOpen(Proposal proposal) {
        if (CLOSED.contains(proposal.status())) {
            throw ApiProblem.rule("papers-locked", proposal.status());
        }
    }
}
