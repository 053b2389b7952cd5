package vn.coop.sangtao.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.coop.sangtao.console.api.ServiceApi;
import vn.coop.sangtao.console.api.ServiceProblem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.coop.sangtao.console.web.InitiativePages.blankToNull;

/**
 * A campaign's 6-month and year-end reviews: opening one, the standing in each emulation block, a
 * unit's score sheet (the unit's own scores with evidence, the officer's verified scores and
 * sign-off), and closing the review, which freezes the rankings and opens the commendation round.
 */
@Controller
class CampaignReviewPages {

    private static final String REVIEWS = "/api/campaigns/reviews/";
    private final ServiceApi api;
    private final Choices choices;

    CampaignReviewPages(ServiceApi api, Choices choices) {
        this.api = api;
        this.choices = choices;
    }

    @PostMapping("/campaigns/{campaignId}/reviews")
    String open(@PathVariable String campaignId, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", blankToNull(form.get("kind")));
        body.put("title", form.get("title"));
        body.put("from", blankToNull(form.get("from")));
        body.put("to", blankToNull(form.get("to")));
        return Outcome.of(flash, "review-opened", form, review -> "/campaign-reviews/" + review.get("id"),
                "/campaigns/" + campaignId, () -> api.post("/api/campaigns/campaigns/" + campaignId + "/reviews", body));
    }

    @GetMapping("/campaign-reviews/{id}")
    String review(@PathVariable String id, @ModelAttribute("me") CurrentUser me, Model model) {
        model.addAttribute("review", api.get(REVIEWS + id));
        model.addAttribute("myUnit", choices.unitOf(me));
        return "campaigns/review";
    }

    @PostMapping("/campaign-reviews/{id}/close")
    String close(@PathVariable String id, RedirectAttributes flash) {
        return Outcome.of(flash, "review-closed", Map.of(), "/campaign-reviews/" + id,
                () -> api.post(REVIEWS + id + "/close", null));
    }

    @GetMapping("/campaign-reviews/{id}/units/{unitId}")
    String scorecard(@PathVariable String id, @PathVariable String unitId, Model model) {
        model.addAttribute("review", api.get(REVIEWS + id));
        model.addAttribute("card", api.get(REVIEWS + id + "/units/" + unitId + "/scorecard"));
        return "campaigns/scorecard";
    }

    @PostMapping("/campaign-reviews/{id}/units/{unitId}/{action}")
    String score(@PathVariable String id, @PathVariable String unitId, @PathVariable String action,
                 @RequestParam Map<String, String> form, RedirectAttributes flash) {
        String at = REVIEWS + id + "/units/" + unitId;
        String back = "/campaign-reviews/" + id + "/units/" + unitId;
        String criterion = form.getOrDefault("criterion", "");
        return switch (action) {
            case "self-assess" -> Outcome.of(flash, "self-assessed", form, back, () -> api.put(
                    at + "/self-assessments/" + criterion, selfAssessment(form)));
            case "verify" -> Outcome.of(flash, "verified", form, back, () -> api.put(at + "/verifications/" + criterion,
                    verification(form)));
            case "sign-off" -> Outcome.of(flash, "signed-off", form, back, () -> api.post(at + "/sign-off", null));
            default -> throw new ServiceProblem(404, null, null, "no-such-action", Map.of());
        };
    }

    private static Map<String, Object> selfAssessment(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("score", decimal(form.get("score")));
        String evidence = blankToNull(form.get("evidence"));
        body.put("evidence", evidence == null ? List.of() : List.of(Map.of("description", evidence)));
        return body;
    }

    private static Map<String, Object> verification(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("score", decimal(form.get("score")));
        body.put("note", blankToNull(form.get("note")));
        return body;
    }

    /** Points as typed, with a comma or a point before the decimals; the text itself when not a number. */
    private static Object decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.trim().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return text.trim();
        }
    }
}
