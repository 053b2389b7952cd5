package vn.coop.sangtao.awards.fact;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.awards.catalogue.AwardType;
import vn.coop.sangtao.awards.catalogue.CatalogueService;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.text.Text;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Every unit's and person's awards over the years: granted through Sangtao's proposals, or recorded
 * from the alliance's books before Sangtao. The rules on consecutive years read them.
 */
@Service
public class HistoryService {

    public static final String TOPIC = "awards.history.events";
    public static final String GRANTED = "vn.coop.sangtao.award.granted.v1";

    private final Aggregates<GrantedAward> granted;
    private final CatalogueService catalogue;
    private final FactsService facts;

    HistoryService(AggregateStore store, EventFactory events, CatalogueService catalogue, FactsService facts) {
        this.granted = new Aggregates<>(store, events, FactsRepository.GRANTED, TOPIC, GrantedAward.class,
                GrantedAward::id);
        this.catalogue = catalogue;
        this.facts = facts;
    }

    /** Records an award the alliance granted before Sangtao, from its decision. */
    public GrantedAward recordEarlier(Nominee.Kind kind, String nomineeId, String awardCode, int year, boolean thematic,
                                      String decisionNumber, LocalDate decisionDate) {
        Nominee nominee = facts.nominee(kind, nomineeId);
        AwardType type = catalogue.type(awardCode, LocalDate.of(year, 12, 31).isBefore(LocalDate.of(2024, 1, 1))
                ? LocalDate.of(2024, 1, 1) : LocalDate.of(year, 12, 31));
        GrantedAward award = new GrantedAward(UUID.randomUUID().toString(), TenantContext.require(), kind, nomineeId,
                nominee.name(), awardCode, type.name(), year, thematic, decisionNumber, decisionDate,
                type.amountMultiple(), null, null, null);
        granted.insert(award, GRANTED, award);
        return award;
    }

    /** Records the award a decided proposal grants; the proposal's id keeps a redelivery from granting twice. */
    public void grant(GrantedAward award) {
        try {
            granted.insert(award, GRANTED, award);
        } catch (DuplicateKeyException alreadyGranted) {
            // the same decision applied again
        }
    }

    /** Awards by nominee, award type, year, or a name without accents, newest year first. */
    public PageResponse<GrantedAward> search(String nomineeId, String awardCode, Integer year, String q, int page,
                                             int size) {
        Criteria filter = new Criteria();
        if (nomineeId != null) {
            filter = filter.and("nomineeId").is(nomineeId);
        }
        if (awardCode != null) {
            filter = filter.and("award").is(awardCode);
        }
        if (year != null) {
            filter = filter.and("year").is(year);
        }
        if (q != null && !q.isBlank()) {
            filter = filter.and("nomineeKey").regex(Pattern.quote(Text.fold(q)));
        }
        return granted.page(filter, Sort.by(Sort.Direction.DESC, "year").and(Sort.by("nomineeName", "_id")), page, size);
    }
}
