package vn.coop.sangtao.awards.register;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.coop.sangtao.awards.config.AwardsProperties;
import vn.coop.sangtao.awards.proposal.Proposal;
import vn.coop.sangtao.awards.proposal.ProposalService;
import vn.coop.sangtao.platform.web.PageResponse;

/** The decision register: every award granted by decision, with its amount at the configured base salary. */
@Service
@EnableConfigurationProperties(AwardsProperties.class)
public class RegisterService {

    private final ProposalService proposals;
    private final AwardsProperties awards;

    RegisterService(ProposalService proposals, AwardsProperties awards) {
        this.proposals = proposals;
        this.awards = awards;
    }

    public PageResponse<RegisterEntry> decisions(Integer year, int page, int size) {
        PageResponse<Proposal> decided = proposals.decided(year, page, size);
        return new PageResponse<>(decided.items().stream()
                .map(p -> RegisterEntry.of(p, awards.amountVnd(p.amountMultiple()))).toList(),
                decided.page(), decided.size(), decided.total());
    }
}
