package vn.coop.sangtao.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.coop.sangtao.console.api.ServiceApi;

import java.util.List;
import java.util.Map;

import static vn.coop.sangtao.console.api.ServiceApi.path;

/**
 * The queues people work through: the home page with what needs the user's attention, the officers'
 * screening queue and statutory clock, and a council member's reviews.
 */
@Controller
class WorkPages {

    private static final String INITIATIVES = "/api/initiatives/initiatives";
    private final ServiceApi api;

    WorkPages(ServiceApi api) {
        this.api = api;
    }

    @GetMapping("/")
    String home(@ModelAttribute("me") CurrentUser me, Model model) {
        if (me.canSubmit()) {
            model.addAttribute("drafts", mine(me, "DRAFT"));
            model.addAttribute("returned", mine(me, "RETURNED"));
        }
        if (me.isStaff()) {
            model.addAttribute("screening", api.get(path(INITIATIVES, "status", "SUBMITTED", "size", 5,
                    "sort", "submittedAt", "direction", "ASC")));
            model.addAttribute("clock", clock(5));
            model.addAttribute("approvedProposals", api.get(path("/api/awards/proposals", "status", "APPROVED", "size", 5)));
        }
        if (me.isCouncil()) {
            model.addAttribute("reviews", assigned());
            model.addAttribute("votes", api.get(path("/api/awards/proposals", "status", "VOTING", "size", 5)));
        }
        if (me.isNational()) {
            model.addAttribute("received", api.get(path("/api/awards/proposals", "status", "RECEIVED", "size", 5)));
        }
        return "home";
    }

    @GetMapping("/screening")
    String screening(Model model) {
        model.addAttribute("page", api.get(path(INITIATIVES, "status", "SUBMITTED", "size", 50, "sort", "submittedAt",
                "direction", "ASC")));
        model.addAttribute("clock", clock(50));
        return "work/screening";
    }

    @GetMapping("/reviews")
    String reviews(@ModelAttribute("me") CurrentUser me, Model model) {
        model.addAttribute("reviews", assigned());
        return "work/reviews";
    }

    /** The statutory clock: decisions overdue or due within 90 days, as initiatives orders them. */
    private List<Map<String, Object>> clock(int size) {
        return api.getList(path("/api/initiatives/clock", "dueWithinDays", 90)).stream().limit(size).toList();
    }

    /** Initiatives under review that name the user as a reviewer who has not yet scored or recused. */
    private List<Map<String, Object>> assigned() {
        return ServiceApi.items(api.get(path(INITIATIVES, "status", "UNDER_REVIEW", "size", 200))).stream()
                .filter(i -> i.get("myReview") instanceof Map<?, ?> review && "ASSIGNED".equals(review.get("state")))
                .toList();
    }

    private List<Map<String, Object>> mine(CurrentUser me, String status) {
        return ServiceApi.items(api.get(path(INITIATIVES, "status", status, "size", 50))).stream()
                .filter(i -> me.username().equals(i.get("createdBy")))
                .toList();
    }
}
