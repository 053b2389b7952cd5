package vn.coop.sangtao.awards.catalogue;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.coop.sangtao.awards.rule.Rule;
import vn.coop.sangtao.awards.rule.RuleKind;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.problem.FieldProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Each tenant's award catalogue, versioned by date. A tenant starts with the types of the Law on
 * Emulation and Commendation 2022 (in force from 2024-01-01); it may add types and change amounts
 * or rules from a date, and every version is kept.
 */
@Service
public class CatalogueService {

    static final LocalDate LAW_2022_IN_FORCE = LocalDate.of(2024, 1, 1);
    static final String LAW_2022 = "Luật Thi đua, khen thưởng 2022";

    /** What an officer sets for a version of an award type. */
    public record Entry(String name, Target target, GrantingLevel level, double amountMultiple, boolean merit,
                        boolean highTitle, List<Rule> rules) {
    }

    private final Aggregates<AwardType> types;
    private final List<LawEntry> law2022;
    private final Clock clock;
    private final Set<String> seeded = ConcurrentHashMap.newKeySet();

    CatalogueService(AggregateStore store, EventFactory events, JsonMapper json, Clock clock) throws IOException {
        this.types = new Aggregates<>(store, events, "award_types", AwardTypeChanged.TOPIC, AwardType.class,
                AwardType::id);
        this.clock = clock;
        try (InputStream in = new ClassPathResource("catalogue/law-2022.json").getInputStream()) {
            this.law2022 = List.of(json.readValue(in, LawEntry[].class));
        }
    }

    /** An entry of the bundled Law 2022 catalogue. */
    record LawEntry(String code, String name, Target target, GrantingLevel level, double amountMultiple, boolean merit,
                    boolean highTitle, List<Rule> rules) {
    }

    /** The catalogue in force on {@code asOf}: for each code, its latest version from that day or before. */
    public List<AwardType> asOf(LocalDate asOf) {
        ensureSeeded();
        return types.find(where("validFrom").lte(asOf), Sort.by("code", "validFrom"), 0, 10_000).stream()
                .collect(Collectors.toMap(AwardType::code, t -> t, (a, b) -> b.validFrom().isAfter(a.validFrom()) ? b : a))
                .values().stream().sorted(Comparator.comparing(AwardType::code)).toList();
    }

    /** The award type in force on {@code asOf}, or a 422 naming the code. */
    public AwardType type(String code, LocalDate asOf) {
        return asOf(asOf).stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> ApiProblem.rule("unknown-award-type", code, asOf));
    }

    /** Every version of an award type, oldest first. */
    public List<AwardType> versions(String code) {
        ensureSeeded();
        List<AwardType> all = types.find(where("code").is(code), Sort.by("validFrom"), 0, 1_000);
        if (all.isEmpty()) {
            throw ApiProblem.notFound("award type", code);
        }
        return all;
    }

    /** Adds a type, or a new version of one, in force from {@code validFrom}. */
    public AwardType change(String code, Entry entry, LocalDate validFrom, String reason) {
        ensureSeeded();
        check(entry);
        AwardType version = version(code, entry, validFrom, reason);
        try {
            types.insert(version, AwardTypeChanged.TYPE, AwardTypeChanged.of(version));
        } catch (DuplicateKeyException sameDay) {
            throw ApiProblem.conflict("award-type-version-exists", code, validFrom);
        }
        return version;
    }

    private AwardType version(String code, Entry e, LocalDate validFrom, String reason) {
        return new AwardType(AwardType.idOf(TenantContext.require(), code, validFrom), TenantContext.require(), code, e.name().trim(), e.target(),
                e.level(), e.amountMultiple(), e.merit(), e.highTitle(), List.copyOf(e.rules()), validFrom, reason,
                clock.instant(), Actor.current(), 0);
    }

    /** A rule must carry what its kind reads, and name award types the catalogue knows. */
    private void check(Entry entry) {
        Set<String> known = asOf(LocalDate.of(9999, 12, 31)).stream().map(AwardType::code).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < entry.rules().size(); i++) {
            Rule r = entry.rules().get(i);
            String at = "rules[" + i + "]";
            boolean needsAward = Set.of(RuleKind.AWARD_IN_YEAR, RuleKind.CONSECUTIVE_AWARDS,
                    RuleKind.MEMBERS_WITH_AWARD).contains(r.kind());
            if (needsAward && (r.award() == null || !known.contains(r.award()))) {
                problems.add(new FieldProblem(at + ".award", "unknownAwardType"));
            }
            if (r.kind() == RuleKind.CONSECUTIVE_AWARDS && (r.years() == null || r.years() < 2)) {
                problems.add(new FieldProblem(at + ".years", "atLeastTwoYears"));
            }
            if (r.kind() == RuleKind.BLOCK_RANK && (r.maxRank() == null || r.maxRank() < 1)) {
                problems.add(new FieldProblem(at + ".maxRank", "positiveRank"));
            }
            if (r.kind() == RuleKind.CAMPAIGN_SCORE && r.minScore() == null) {
                problems.add(new FieldProblem(at + ".minScore", "required"));
            }
            if (r.kind() == RuleKind.MEMBERS_WITH_AWARD && r.minShare() != null
                    && (r.minShare() <= 0 || r.minShare() > 1)) {
                problems.add(new FieldProblem(at + ".minShare", "shareRange"));
            }
            if (r.kind() == RuleKind.ATTESTATION && (r.text() == null || r.text().isBlank())) {
                problems.add(new FieldProblem(at + ".text", "required"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.ruleOnFields("invalid-award-type", problems);
        }
    }

    /** Loads the Law 2022 catalogue into a tenant that has none; a second instance doing the same meets duplicates and moves on. */
    private void ensureSeeded() {
        String tenant = TenantContext.require();
        if (seeded.contains(tenant)) {
            return;
        }
        if (types.count(null) == 0) {
            for (LawEntry entry : law2022) {
                try {
                    AwardType first = new AwardType(AwardType.idOf(tenant, entry.code(), LAW_2022_IN_FORCE), tenant,
                            entry.code(), entry.name(), entry.target(), entry.level(), entry.amountMultiple(),
                            entry.merit(), entry.highTitle(), entry.rules() == null ? List.of() : entry.rules(),
                            LAW_2022_IN_FORCE, LAW_2022, clock.instant(), Actor.SYSTEM, 0);
                    types.insert(first, AwardTypeChanged.TYPE, AwardTypeChanged.of(first));
                } catch (DuplicateKeyException seededMeanwhile) {
                    // another request or instance seeded this type first
                }
            }
        }
        seeded.add(tenant);
    }
}
