package vn.coop.sangtao.membership.club;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.membership.person.PersonService;
import vn.coop.sangtao.membership.tenant.MergeParticipant;
import vn.coop.sangtao.membership.unit.UnitService;
import vn.coop.sangtao.platform.outbox.EventFactory;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.store.AggregateStore;
import vn.coop.sangtao.platform.store.Aggregates;
import vn.coop.sangtao.platform.tenant.TenantContext;
import vn.coop.sangtao.platform.text.Text;
import vn.coop.sangtao.platform.web.PageResponse;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Founding clubs and keeping their members. */
@Service
public class ClubService implements MergeParticipant {

    static final String COLLECTION = "clubs";

    private final Aggregates<Club> clubs;
    private final UnitService units;
    private final PersonService people;

    ClubService(AggregateStore store, EventFactory events, UnitService units, PersonService people) {
        this.clubs = new Aggregates<>(store, events, COLLECTION, ClubEvent.TOPIC, Club.class, Club::id);
        this.units = units;
        this.people = people;
    }

    public Club found(String name, String hostUnitId, LocalDate foundedOn) {
        units.get(hostUnitId);
        Club club = Club.found(name, hostUnitId, foundedOn);
        clubs.insert(club, ClubEvent.FOUNDED, club.founded(TenantContext.require()));
        return club;
    }

    public Club join(String id, MemberKind kind, String memberId, LocalDate on) {
        Club club = get(id);
        nameOf(kind, memberId); // the person or unit must exist in this tenant
        Club joined = club.join(kind, memberId, on);
        return clubs.save(joined, club.version(), ClubEvent.MEMBERSHIP_CHANGED,
                new ClubEvent.MembershipChanged(id, TenantContext.require(), kind, memberId, on, null));
    }

    public Club leave(String id, String memberId, LocalDate on) {
        Club club = get(id);
        ClubMember membership = club.current(memberId);
        Club left = club.leave(memberId, on);
        return clubs.save(left, club.version(), ClubEvent.MEMBERSHIP_CHANGED, new ClubEvent.MembershipChanged(id,
                TenantContext.require(), membership.kind(), memberId, membership.joinedOn(), on));
    }

    public Club get(String id) {
        return clubs.find(id).orElseThrow(() -> ApiProblem.notFound("club", id));
    }

    public PageResponse<Club> list(String q, String hostUnitId, int page, int size) {
        Criteria criteria = new Criteria();
        if (q != null && !q.isBlank()) {
            criteria = criteria.and("nameKey").regex(Pattern.quote(Text.fold(q)));
        }
        if (hostUnitId != null) {
            criteria = criteria.and("hostUnitId").is(hostUnitId);
        }
        return clubs.page(criteria, Sort.by("nameKey", "_id"), page, size);
    }

    /** The member's name, which also proves the person or unit exists in this tenant. */
    public String nameOf(MemberKind kind, String memberId) {
        return kind == MemberKind.UNIT ? units.get(memberId).name() : people.get(memberId).fullName();
    }

    @Override
    public String records() {
        return COLLECTION;
    }

    @Override
    public long count() {
        return clubs.count(null);
    }

    @Override
    public long moveAll(String into, LocalDate effectiveOn) {
        return clubs.transferAll(into, ClubEvent.FOUNDED, club -> club.founded(into));
    }
}
