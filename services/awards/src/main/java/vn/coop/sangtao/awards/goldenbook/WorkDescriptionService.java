package vn.coop.sangtao.awards.goldenbook;

import org.bson.Document;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.awards.candidate.CandidateInitiative;
import vn.coop.sangtao.awards.candidate.CandidateRepository;
import vn.coop.sangtao.awards.fact.FactsRepository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** How the initiatives service's events described the works of a Golden Book dossier. */
@Service
class WorkDescriptionService {

    private final FactsRepository facts;
    private final CandidateRepository candidates;

    WorkDescriptionService(FactsRepository facts, CandidateRepository candidates) {
        this.facts = facts;
        this.candidates = candidates;
    }

    /**
     * Each work as the events described it: the nomination's title, kind and level where it was
     * nominated, else the recognition's title and level and the submission's kind and authors.
     */
    Map<String, DossierWork> describe(List<KnownWork> typical) {
        List<String> ids = typical.stream().map(KnownWork::id).toList();
        Map<String, Document> recognised = facts.find(FactsRepository.INITIATIVES, where("_id").in(ids), Document.class)
                .stream().collect(Collectors.toMap(d -> d.getString("_id"), Function.identity()));
        Map<String, CandidateInitiative> submitted = candidates.find(ids).stream()
                .collect(Collectors.toMap(CandidateInitiative::id, Function.identity()));
        Map<String, DossierWork> described = new HashMap<>();
        for (KnownWork w : typical) {
            Document r = recognised.get(w.id());
            CandidateInitiative s = submitted.get(w.id());
            String title = first(w.title(), r == null ? null : r.getString("title"), s == null ? null : s.title());
            String level = first(w.level(), r == null ? null : r.getString("level"));
            String kind = first(w.kind(), s == null ? null : s.kind());
            described.put(w.id(), new DossierWork(w.id(), title, kind, level, s == null ? List.of() : s.authorNames(),
                    WorkOutcome.PENDING, null, null, null));
        }
        return described;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

}
