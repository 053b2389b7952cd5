package vn.coop.sangtao.initiatives.similarity;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Finds initiatives similar to a text, accent-insensitively: candidates share at least one title
 * trigram (stored on each initiative as {@code titleGrams}, which MongoDB indexes), and are scored by
 * trigram overlap, the title weighing more than the summary and solution (titles that share little are
 * never similar, however alike their boilerplate). A province matches within
 * itself; the national alliance matches across all provinces.
 */
@Service
public class SimilarityService {

    private static final double TITLE_WEIGHT = 0.6;
    /** Below this title likeness two initiatives are different whatever their texts share (boilerplate). */
    private static final double TITLE_FLOOR = 0.3;
    private static final int MAX_CANDIDATES = 5_000;

    private final MongoTemplate mongo;
    private final String nationalTenant;
    private final double threshold;

    SimilarityService(MongoTemplate mongo, @Value("${sangtao.national-tenant:vca}") String nationalTenant,
                      @Value("${sangtao.similarity.threshold:0.45}") double threshold) {
        this.mongo = mongo;
        this.nationalTenant = nationalTenant;
        this.threshold = threshold;
        // with MongoDB, candidates come from this multikey index instead of a scan
        mongo.indexOps("initiatives").createIndex(new Index().on("titleGrams", Sort.Direction.ASC)
                .named("title_grams"));
    }

    /** How similar two initiatives are, from 0 to 1. */
    public double score(Initiative a, Initiative b) {
        Document other = new Document("_id", b.id()).append("tenantId", b.tenantId()).append("year", b.year())
                .append("content", new Document("title", b.title()).append("summary", b.summary())
                        .append("solution", b.content().solution()));
        Match match = score(other, Trigrams.of(a.title()), Trigrams.of(String.join(" ", nullToEmpty(a.summary()),
                nullToEmpty(a.content().solution()))));
        return match == null ? 0 : match.score();
    }

    /** The initiatives most like {@code initiative}, best first, itself excluded. */
    public List<Match> similarTo(Initiative initiative, int limit) {
        return similar(initiative.title(), String.join(" ", nullToEmpty(initiative.summary()),
                nullToEmpty(initiative.content().solution())), initiative.id(), limit);
    }

    /** The initiatives most like a title and text, best first; {@code excludeId} may be null. */
    public List<Match> similar(String title, String body, String excludeId, int limit) {
        Set<String> titleGrams = Trigrams.of(title);
        Set<String> bodyGrams = Trigrams.of(body);
        if (titleGrams.isEmpty()) {
            return List.of();
        }
        Criteria criteria = where("titleGrams").in(titleGrams).and("status").ne("DRAFT");
        if (!nationalTenant.equals(TenantContext.require())) {
            criteria = where(AggregateStore.TENANT).is(TenantContext.require()).andOperator(criteria);
        }
        Query query = Query.query(criteria).limit(MAX_CANDIDATES);
        query.fields().include("_id", "tenantId", "content.title", "content.summary", "content.solution", "year",
                "status");
        return mongo.find(query, Document.class, "initiatives").stream()
                .filter(d -> !d.getString("_id").equals(excludeId))
                .map(d -> score(d, titleGrams, bodyGrams))
                .filter(m -> m != null && m.score() >= threshold)
                .sorted(Comparator.comparingDouble(Match::score).reversed())
                .limit(limit)
                .toList();
    }

    private static Match score(Document d, Set<String> titleGrams, Set<String> bodyGrams) {
        Document content = d.get("content", Document.class);
        String title = content.getString("title");
        double titleScore = Trigrams.dice(titleGrams, Trigrams.of(title));
        if (titleScore < TITLE_FLOOR) {
            return null;
        }
        double bodyScore = Trigrams.dice(bodyGrams, Trigrams.of(String.join(" ",
                nullToEmpty(content.getString("summary")), nullToEmpty(content.getString("solution")))));
        double score = bodyGrams.isEmpty() ? titleScore : TITLE_WEIGHT * titleScore + (1 - TITLE_WEIGHT) * bodyScore;
        return new Match(d.getString("_id"), d.getString("tenantId"), title, d.getInteger("year", 0),
                d.getString("status"), Math.round(score * 1000) / 1000.0);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
