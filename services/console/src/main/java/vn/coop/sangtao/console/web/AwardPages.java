package vn.coop.sangtao.console.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.coop.sangtao.console.api.ServiceApi.path;
import static vn.coop.sangtao.console.web.InitiativePages.blankToNull;

/**
 * Commendation rounds and their proposals: opening a round, proposing a unit or person for an award,
 * the council's vote, the decision or forwarding, and, for the national alliance, the proposals the
 * provinces forwarded to it.
 */
@Controller
class AwardPages {

    private static final String ROUNDS = "/api/awards/rounds";
    private static final String PROPOSALS = "/api/awards/proposals";
    private static final List<String> DOCUMENTS = List.of("letter", "report", "minutes", "decision");
    private final ServiceApi api;
    private final Choices choices;

    AwardPages(ServiceApi api, Choices choices) {
        this.api = api;
        this.choices = choices;
    }

    @GetMapping("/rounds")
    String rounds(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", api.get(path(ROUNDS, "year", year, "page", page, "size", 20)));
        model.addAttribute("year", year);
        model.addAttribute("kinds", Choices.ROUND_KINDS);
        model.addAttribute("thisYear", Year.now(Formats.VIETNAM).getValue());
        return "awards/rounds";
    }

    @PostMapping("/rounds")
    String open(@RequestParam Map<String, String> form, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", form.get("name"));
        body.put("kind", blankToNull(form.get("kind")));
        body.put("year", Choices.number(form.get("year")));
        return Outcome.of(flash, "round-opened", form, round -> "/rounds/" + round.get("id"), "/rounds",
                () -> api.post(ROUNDS, body));
    }

    @GetMapping("/rounds/{id}")
    String round(@PathVariable String id, @ModelAttribute("me") CurrentUser me, Model model) {
        model.addAttribute("round", api.get(ROUNDS + "/" + id));
        model.addAttribute("proposals", api.get(path(PROPOSALS, "roundId", id, "size", 100)));
        if (me.isStaff()) {
            model.addAttribute("units", choices.units());
            model.addAttribute("catalogue", api.getList("/api/awards/catalogue"));
        }
        return "awards/round";
    }

    @PostMapping("/rounds/{id}/proposals")
    String propose(@PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("roundId", id);
        body.put("nomineeKind", "UNIT");
        body.put("nomineeId", blankToNull(form.get("nomineeId")));
        body.put("awardCode", blankToNull(form.get("awardCode")));
        body.put("achievements", form.get("achievements"));
        return Outcome.of(flash, "proposal-drafted", form, proposal -> "/proposals/" + proposal.get("id"),
                "/rounds/" + id, () -> api.post(PROPOSALS, body));
    }

    @GetMapping("/proposals")
    String proposals(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                     @ModelAttribute("me") CurrentUser me, Model model) {
        String shown = status != null ? status : me.isNational() && !me.isStaff() ? "RECEIVED" : null;
        model.addAttribute("page", api.get(path(PROPOSALS, "status", shown, "page", page, "size", 20)));
        model.addAttribute("status", shown);
        model.addAttribute("statuses", Choices.PROPOSAL_STATUSES);
        return "awards/proposals";
    }

    @GetMapping("/proposals/{id}")
    String proposal(@PathVariable String id, Model model) {
        Map<String, Object> proposal = api.get(PROPOSALS + "/" + id);
        model.addAttribute("p", proposal);
        if (proposal.get("council") != null) {
            model.addAttribute("tally", api.get(PROPOSALS + "/" + id + "/tally"));
        }
        return "awards/proposal";
    }

    /** The proposal's papers as the awards service writes them: letter, achievement report, minutes, decision. */
    @GetMapping("/proposals/{id}/documents/{document}.pdf")
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String document) {
        if (!DOCUMENTS.contains(document)) {
            throw new ServiceProblem(404, null, null, "no-such-document", Map.of());
        }
        return Downloads.file(api.download(PROPOSALS + "/" + id + "/documents/" + document), MediaType.APPLICATION_PDF,
                document + "-" + id + ".pdf");
    }

    @PostMapping("/proposals/{id}/{action}")
    String act(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form,
               RedirectAttributes flash) {
        String at = PROPOSALS + "/" + id;
        String back = "/proposals/" + id;
        return switch (action) {
            case "submit", "vote", "close-vote", "forward" ->
                    Outcome.of(flash, action, form, back, () -> api.post(at + "/" + action, null));
            case "ballots" -> Outcome.of(flash, action, form, back, () -> api.post(at + "/ballots", ballot(form)));
            case "decide", "outcome" -> Outcome.of(flash, action, form, back, () -> api.post(at + "/" + action,
                    decision(form)));
            default -> throw new ServiceProblem(404, null, null, "no-such-action", Map.of());
        };
    }

    private static Map<String, Object> ballot(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("yes", form.containsKey("yes") ? "true".equals(form.get("yes")) : null);
        String member = blankToNull(form.get("member"));
        body.put("written", member != null);
        body.put("member", member);
        return body;
    }

    private static Map<String, Object> decision(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("granted", form.containsKey("granted") ? "true".equals(form.get("granted")) : null);
        body.put("number", blankToNull(form.get("number")));
        body.put("date", blankToNull(form.get("date")));
        body.put("body", blankToNull(form.get("body")));
        body.put("reason", blankToNull(form.get("reason")));
        return body;
    }
}
