package vn.coop.sangtao.campaigns.pledge;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.campaigns.campaign.Campaign;
import vn.coop.sangtao.campaigns.campaign.CampaignService;
import vn.coop.sangtao.campaigns.membership.KnownUnit;
import vn.coop.sangtao.campaigns.membership.MembershipRepository;
import vn.coop.sangtao.campaigns.membership.UnitAccessService;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The pledge workflow: a unit sends its targets, the officer approves them or returns them with a reason. */
@Service
public class PledgeService {

    private final Aggregates<Pledge> pledges;
    private final CampaignService campaigns;
    private final MembershipRepository directory;
    private final UnitAccessService access;
    private final Clock clock;

    PledgeService(AggregateStore store, EventFactory events, CampaignService campaigns, MembershipRepository directory,
                  UnitAccessService access, Clock clock) {
        this.pledges = new Aggregates<>(store, events, "pledges", Pledge.TOPIC, Pledge.class, Pledge::id);
        this.campaigns = campaigns;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    /** Sends a unit's pledge, or sends again one that was returned or not yet decided. */
    public Pledge submit(String campaignId, String unitId, List<Pledge.Target> targets) {
        Campaign campaign = campaigns.get(campaignId);
        campaign.requireLaunched();
        KnownUnit unit = access.requireManaged(unitId);
        if (!directory.inScope(unit, campaign.scope(), campaign.year())) {
            throw ApiProblem.rule("unit-out-of-scope", unit.name(), campaign.code());
        }
        Pledge current = pledges.find(Pledge.idOf(campaignId, unitId)).orElse(null);
        Pledge sent = Pledge.submit(current, TenantContext.require(), campaignId, unitId, targets, clock.instant(),
                Actor.current());
        PledgeChanged event = PledgeChanged.of(sent, current == null ? PledgeStatus.NOT_SENT : current.status(),
                clock.instant());
        if (current == null) {
            try {
                pledges.insert(sent, PledgeChanged.SUBMITTED, event);
            } catch (DuplicateKeyException sentMeanwhile) {
                throw ApiProblem.conflict("version-conflict");
            }
            return sent;
        }
        return pledges.save(sent, current.version(), PledgeChanged.SUBMITTED, event);
    }

    public Pledge approve(String campaignId, String unitId) {
        Pledge current = get(campaignId, unitId);
        Pledge approved = current.approve(clock.instant(), Actor.current());
        return pledges.save(approved, current.version(), PledgeChanged.APPROVED,
                PledgeChanged.of(approved, current.status(), clock.instant()));
    }

    public Pledge returnWith(String campaignId, String unitId, String reason) {
        Pledge current = get(campaignId, unitId);
        Pledge returned = current.returnWith(reason, clock.instant(), Actor.current());
        return pledges.save(returned, current.version(), PledgeChanged.RETURNED,
                PledgeChanged.of(returned, current.status(), clock.instant()));
    }

    /** A unit's pledge; a unit representative sees only their own unit's. */
    public Pledge get(String campaignId, String unitId) {
        access.requireVisible(unitId);
        return pledges.find(Pledge.idOf(campaignId, unitId))
                .orElseThrow(() -> ApiProblem.notFound("pledge", Pledge.idOf(campaignId, unitId)));
    }

    /**
     * Every unit in the campaign's scope with the state of its pledge, NOT_SENT for the units that
     * have sent none, by unit name; {@code status} and {@code blockId} narrow it down.
     */
    public PageResponse<UnitPledge> board(String campaignId, PledgeStatus status, String blockId, int page, int size) {
        Campaign campaign = campaigns.get(campaignId);
        Map<String, Pledge> sent = pledges.find(where("campaignId").is(campaignId), Sort.by("_id"), 0, 100_000)
                .stream().collect(Collectors.toMap(Pledge::unitId, Function.identity()));
        List<UnitPledge> rows = directory.unitsInScope(campaign.scope(), campaign.year()).stream()
                .map(u -> {
                    Pledge pledge = sent.get(u.id());
                    return new UnitPledge(u.id(), u.name(), u.blockIn(campaign.year()),
                            pledge == null ? PledgeStatus.NOT_SENT : pledge.status(), pledge);
                })
                .filter(r -> status == null || r.status() == status)
                .filter(r -> blockId == null || blockId.equals(r.blockId()))
                .sorted(Comparator.comparing(UnitPledge::unitName, Comparator.nullsLast(String::compareTo))
                        .thenComparing(UnitPledge::unitId))
                .toList();
        int from = Math.min(page * size, rows.size());
        return new PageResponse<>(rows.subList(from, Math.min(from + size, rows.size())), page, size, rows.size());
    }
}
