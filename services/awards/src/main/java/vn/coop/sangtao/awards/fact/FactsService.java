package vn.coop.sangtao.awards.fact;

import org.bson.Document;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.awards.review.ClosedReview;
import vn.coop.sangtao.awards.review.ClosedReviewRepository;
import vn.coop.sangtao.awards.rule.Facts;
import vn.coop.sangtao.platform.problem.ApiProblem;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Gathers what Sangtao knows about a nominee for a round year, for the eligibility rules. */
@Service
public class FactsService {

    private final FactsRepository facts;

    FactsService(FactsRepository facts) {
        this.facts = facts;
    }

    /** The unit or person as membership announced them, or a 422 when awards has not heard of them. */
    public Nominee nominee(Nominee.Kind kind, String id) {
        String collection = kind == Nominee.Kind.UNIT ? FactsRepository.UNITS : FactsRepository.PEOPLE;
        Document known = facts.get(collection, id).orElseThrow(() -> ApiProblem.rule("unknown-nominee", id));
        return new Nominee(kind, id, known.getString(kind == Nominee.Kind.UNIT ? "name" : "fullName"));
    }

    public Facts about(Nominee nominee, int year, Set<String> attestations, Set<String> rewarded) {
        String id = nominee.id();
        boolean unit = nominee.kind() == Nominee.Kind.UNIT;
        List<Facts.Held> awards = granted(id).stream()
                .map(g -> new Facts.Held(g.award(), g.year(), g.thematic())).toList();
        List<Facts.InitiativeFact> initiatives = facts.find(FactsRepository.INITIATIVES,
                        where(unit ? "unitIds" : "personIds").is(id), Document.class).stream()
                .map(d -> new Facts.InitiativeFact(d.getString("_id"), d.getString("title"), d.getInteger("year", 0),
                        d.getString("level"))).toList();
        List<Facts.ReviewFact> reviews = unit ? facts.find(ClosedReviewRepository.COLLECTION, where("results.unitId").is(id)
                .and("year").is(year), ClosedReview.class).stream()
                .flatMap(r -> r.results().stream().filter(u -> u.unitId().equals(id))
                        .map(u -> new Facts.ReviewFact(r.id(), r.title(), r.kind(), r.year(), u.total(), u.blockRank())))
                .toList() : List.of();
        List<String> holds = facts.find(FactsRepository.HOLDS, where("subjectId").is(id).and("open").is(true),
                Document.class).stream().map(d -> d.getString("kind")).toList();
        List<Facts.Member> members = unit ? members(id, year) : List.of();
        int activities = (int) facts.count(FactsRepository.ACTIVITIES, where("unitIds").is(unit ? id
                : personUnit(id)).and("year").is(year));
        return new Facts(year, awards, initiatives, reviews, holds, members, activities, attestations, rewarded);
    }

    /** The name of a person's unit, where awards knows both. */
    public Optional<String> unitNameOf(String personId) {
        return facts.get(FactsRepository.PEOPLE, personId).map(p -> p.getString("unitId"))
                .flatMap(unitId -> facts.get(FactsRepository.UNITS, unitId)).map(u -> u.getString("name"));
    }

    public List<GrantedAward> granted(String nomineeId) {
        return facts.find(FactsRepository.GRANTED, where("nomineeId").is(nomineeId), GrantedAward.class);
    }

    private List<Facts.Member> members(String unitId, int year) {
        List<Document> people = facts.find(FactsRepository.PEOPLE, where("unitId").is(unitId).and("status").ne("LEFT"),
                Document.class);
        Map<String, Set<String>> held = new HashMap<>();
        facts.find(FactsRepository.GRANTED, where("nomineeId").in(people.stream().map(p -> p.getString("_id")).toList())
                .and("year").is(year).and("thematic").is(false), GrantedAward.class)
                .forEach(g -> held.computeIfAbsent(g.nomineeId(), k -> new HashSet<>()).add(g.award()));
        return people.stream().map(p -> new Facts.Member(p.getString("_id"),
                held.getOrDefault(p.getString("_id"), Set.of()))).toList();
    }

    private String personUnit(String personId) {
        return facts.get(FactsRepository.PEOPLE, personId).map(d -> d.getString("unitId")).orElse("");
    }
}
