package vn.coop.sangtao.initiatives.similarity;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.initiatives.initiative.Initiative;
import vn.coop.sangtao.initiatives.initiative.InitiativeSearchService;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Finds initiatives similar to a text, accent-insensitively, by trigram overlap, the title weighing
 * more than the summary and solution (titles that share little are never similar, however alike their
 * boilerplate). The titles are compared in memory ({@link InitiativeSearchService}), and the texts of
 * the most alike titles ({@value #SCORED_PER_MATCH} for each match asked for, at least
 * {@value #SCORED_AT_LEAST}) are read from the store to score them in full: the title weighs most, so a
 * text can lift a title only a little way up the list. A province
 * matches within itself; the national alliance matches across all provinces.
 */
@Service
public class SimilarityService {

    private static final double TITLE_WEIGHT = 0.6;
    /** Below this title likeness two initiatives are different whatever their texts share (boilerplate). */
    private static final double TITLE_FLOOR = 0.3;
    /** How many of the most alike titles are scored on their texts too, for each match asked for. */
    static final int SCORED_PER_MATCH = 4;
    static final int SCORED_AT_LEAST = 20;

    private final MongoTemplate mongo;
    private final InitiativeSearchService titles;
    private final String nationalTenant;
    private final double threshold;

    SimilarityService(MongoTemplate mongo, InitiativeSearchService titles,
                      @Value("${sangtao.national-tenant:vca}") String nationalTenant,
                      @Value("${sangtao.similarity.threshold:0.45}") double threshold) {
        this.mongo = mongo;
        this.titles = titles;
        this.nationalTenant = nationalTenant;
        this.threshold = threshold;
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
        List<String> alike = titles.similarTitles(TrigramSet.of(titleGrams), excludeId, TITLE_FLOOR,
                Math.max(SCORED_AT_LEAST, SCORED_PER_MATCH * limit),
                nationalTenant.equals(TenantContext.require()));
        if (alike.isEmpty()) {
            return List.of();
        }
        Query query = Query.query(where("_id").in(alike));
        query.fields().include("_id", "tenantId", "content.title", "content.summary", "content.solution", "year",
                "status");
        return mongo.find(query, Document.class, "initiatives").stream()
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
