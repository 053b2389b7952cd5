package vn.coop.sangtao.awards.council;

import org.springframework.stereotype.Service;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.List;

/** Keeping the tenant's award council and its voting rules. */
@Service
public class CouncilService {

    public static final String TOPIC = "awards.council.events";
    public static final String CHANGED = "vn.coop.sangtao.award-council.changed.v1";

    /** vn.coop.sangtao.award-council.changed.v1: the council as it now stands. */
    public record CouncilChanged(String tenantId, List<CouncilMember> members, double quorumShare, double passShare,
                                 double highTitlePassShare) {
    }

    private final Aggregates<AwardCouncil> councils;

    CouncilService(AggregateStore store, EventFactory events) {
        this.councils = new Aggregates<>(store, events, "award_councils", TOPIC, AwardCouncil.class, AwardCouncil::id);
    }

    /** Sets the members and the shares; shares left out keep their defaults. */
    public AwardCouncil set(List<CouncilMember> members, Double quorum, Double pass, Double highTitle) {
        AwardCouncil current = councils.find(AwardCouncil.idFor(TenantContext.require())).orElse(null);
        AwardCouncil next = AwardCouncil.of(TenantContext.require(), members, quorum, pass, highTitle,
                current == null ? 0 : current.version());
        CouncilChanged event = new CouncilChanged(next.tenantId(), next.members(), next.quorumShare(), next.passShare(),
                next.highTitlePassShare());
        if (current == null) {
            councils.insert(next, CHANGED, event);
            return next;
        }
        return councils.save(next, current.version(), CHANGED, event);
    }

    /** The council, or a 422 asking for one to be set up first. */
    public AwardCouncil get() {
        return councils.find(AwardCouncil.idFor(TenantContext.require())).orElseThrow(() -> ApiProblem.rule("no-award-council"));
    }
}
