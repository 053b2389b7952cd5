package vn.coop.sangtao.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.coop.sangtao.console.api.ServiceApi;
import vn.coop.sangtao.console.api.ServiceProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static vn.coop.sangtao.console.api.ServiceApi.path;
import static vn.coop.sangtao.console.web.InitiativePages.blankToNull;

/**
 * Emulation campaigns: the province's campaigns and the national ones it can take up (cascade), one
 * campaign with its participation per block and area (per province for a national one), the units'
 * pledges with approval, a unit's own pledge, and the activities recorded with their attendance.
 */
@Controller
class CampaignPages {

    private static final String API = "/api/campaigns/campaigns";
    static final int TARGET_ROWS = 3;
    private final ServiceApi api;
    private final Choices choices;

    CampaignPages(ServiceApi api, Choices choices) {
        this.api = api;
        this.choices = choices;
    }

    @GetMapping("/campaigns")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @ModelAttribute("me") CurrentUser me, Model model) {
        model.addAttribute("page", api.get(path(API, "q", q, "page", page, "size", 20)));
        model.addAttribute("q", q);
        if (me.isStaff() && !me.isNational()) {
            model.addAttribute("national", api.get(path(API + "/national", "size", 20)));
        }
        return "campaigns/list";
    }

    @PostMapping("/campaigns/cascade")
    String cascade(@RequestParam Map<String, String> form, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nationalCampaignId", form.get("nationalCampaignId"));
        body.put("code", blankToNull(form.get("code")));
        return Outcome.of(flash, "cascade", form, campaign -> "/campaigns/" + campaign.get("id"), "/campaigns",
                () -> api.post(API + "/cascade", body));
    }

    @GetMapping("/campaigns/{id}")
    String detail(@PathVariable String id, @ModelAttribute("me") CurrentUser me, Model model) {
        model.addAttribute("c", api.get(API + "/" + id));
        if (me.isStaff() || me.isNational()) {
            model.addAttribute("dashboard", api.get(API + "/" + id + "/dashboard"));
        }
        if (me.isStaff()) {
            model.addAttribute("pledges", api.get(path(API + "/" + id + "/pledges", "status", "SUBMITTED", "size", 100)));
            List<Map<String, Object>> units = choices.units();
            model.addAttribute("units", units);
            model.addAttribute("unitNames", units.stream().collect(Collectors.toMap(unit -> String.valueOf(unit.get("id")),
                    unit -> unit.get("name"), (a, b) -> a)));
            model.addAttribute("people", choices.people());
        }
        String myUnit = choices.unitOf(me);
        if (myUnit != null) {
            model.addAttribute("myUnit", myUnit);
            model.addAttribute("myPledge", pledgeOf(id, myUnit));
        }
        model.addAttribute("reviews", api.get(path(API + "/" + id + "/reviews", "size", 20)));
        model.addAttribute("reviewKinds", Choices.ROUND_KINDS);
        model.addAttribute("activities", api.get(path("/api/campaigns/activities", "campaignId", id, "size", 50)));
        model.addAttribute("activityKinds", Choices.ACTIVITY_KINDS);
        model.addAttribute("rows", TARGET_ROWS);
        return "campaigns/detail";
    }

    @PostMapping("/campaigns/{id}/{action}")
    String act(@PathVariable String id, @PathVariable String action, @RequestParam MultiValueMap<String, String> values,
               RedirectAttributes flash) {
        Map<String, String> form = values.toSingleValueMap();
        String back = "/campaigns/" + id;
        return switch (action) {
            case "launch", "close" -> Outcome.of(flash, "campaign-" + action, form, back,
                    () -> api.post(API + "/" + id + "/" + action, null));
            case "approve" -> Outcome.of(flash, "pledge-approved", form, back,
                    () -> api.post(API + "/" + id + "/pledges/" + form.get("unitId") + "/approve", null));
            case "return" -> Outcome.of(flash, "pledge-returned", form, back,
                    () -> api.post(API + "/" + id + "/pledges/" + form.get("unitId") + "/return",
                            Map.of("reason", form.getOrDefault("reason", ""))));
            case "pledge" -> Outcome.of(flash, "pledge", form, back,
                    () -> api.put(API + "/" + id + "/pledges/" + form.get("unitId"), Map.of("targets", targets(form))));
            case "activity" -> Outcome.of(flash, "activity", form, back,
                    () -> api.post("/api/campaigns/activities", activity(id, values)));
            default -> throw new ServiceProblem(404, null, null, "no-such-action", Map.of());
        };
    }

    private Map<String, Object> pledgeOf(String campaignId, String unitId) {
        try {
            return api.get(API + "/" + campaignId + "/pledges/" + unitId);
        } catch (ServiceProblem none) {
            if (none.status() != 404) {
                throw none;
            }
            return null;
        }
    }

    private static List<Map<String, Object>> targets(Map<String, String> form) {
        List<Map<String, Object>> targets = new ArrayList<>();
        for (int row = 0; row < TARGET_ROWS; row++) {
            String text = form.get("target" + row);
            if (text != null && !text.isBlank()) {
                Map<String, Object> target = new LinkedHashMap<>();
                target.put("contentNumber", Choices.number(form.get("content" + row)));
                target.put("text", text.trim());
                targets.add(target);
            }
        }
        return targets;
    }

    private static Map<String, Object> activity(String campaignId, MultiValueMap<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaignId);
        body.put("kind", blankToNull(values.getFirst("kind")));
        body.put("title", values.getFirst("title"));
        body.put("date", blankToNull(values.getFirst("date")));
        body.put("place", blankToNull(values.getFirst("place")));
        body.put("organiser", blankToNull(values.getFirst("organiser")));
        body.put("unitIds", values.getOrDefault("unitIds", List.of()));
        body.put("attendeeIds", values.getOrDefault("attendeeIds", List.of()));
        body.put("contentNumbers", values.getOrDefault("contentNumbers", List.of()).stream().map(Choices::number).toList());
        return body;
    }
}
