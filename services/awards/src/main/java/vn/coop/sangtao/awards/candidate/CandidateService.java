package vn.coop.sangtao.awards.candidate;

import org.springframework.stereotype.Service;
import vn.coop.sangtao.platform.web.PageResponse;

/** What awards knows of the year's initiatives. */
@Service
public class CandidateService {

    private final CandidateRepository candidates;

    CandidateService(CandidateRepository candidates) {
        this.candidates = candidates;
    }

    public PageResponse<CandidateInitiative> ofYear(int year, int page, int size) {
        return new PageResponse<>(candidates.ofYear(year, page, size), page, size, candidates.countOfYear(year));
    }
}
