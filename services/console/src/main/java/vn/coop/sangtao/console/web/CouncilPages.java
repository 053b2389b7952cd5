package vn.coop.sangtao.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.coop.sangtao.console.api.ServiceApi;

import java.util.LinkedHashMap;
import java.util.Map;

import static vn.coop.sangtao.console.api.ServiceApi.path;
import static vn.coop.sangtao.console.web.InitiativePages.blankToNull;

/** The province's initiative councils: founding one, and its members (a person and the account they sign in with). */
@Controller
class CouncilPages {

    private static final String API = "/api/initiatives/councils";
    private final ServiceApi api;
    private final Choices choices;

    CouncilPages(ServiceApi api, Choices choices) {
        this.api = api;
        this.choices = choices;
    }

    @GetMapping("/councils")
    String list(Model model) {
        model.addAttribute("councils", ServiceApi.items(api.get(path(API, "size", 100))));
        return "councils/list";
    }

    @PostMapping("/councils")
    String found(@RequestParam Map<String, String> form, RedirectAttributes flash) {
        return Outcome.of(flash, "council-founded", form, council -> "/councils/" + council.get("id"), "/councils",
                () -> api.post(API, Map.of("name", form.getOrDefault("name", ""))));
    }

    @GetMapping("/councils/{id}")
    String detail(@PathVariable String id, Model model) {
        model.addAttribute("council", api.get(API + "/" + id));
        model.addAttribute("people", choices.people());
        return "councils/detail";
    }

    @PostMapping("/councils/{id}/members")
    String addMember(@PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", blankToNull(form.get("personId")));
        body.put("username", blankToNull(form.get("username")));
        return Outcome.of(flash, "member-added", form, "/councils/" + id, () -> api.post(API + "/" + id + "/members", body));
    }

    @PostMapping("/councils/{id}/members/{personId}/remove")
    String removeMember(@PathVariable String id, @PathVariable String personId, RedirectAttributes flash) {
        return Outcome.of(flash, "member-removed", Map.of(), "/councils/" + id,
                () -> api.delete(API + "/" + id + "/members/" + personId));
    }
}
