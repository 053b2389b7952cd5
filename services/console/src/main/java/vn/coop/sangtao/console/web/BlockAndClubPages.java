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

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

import static vn.coop.sangtao.console.api.ServiceApi.path;
import static vn.coop.sangtao.console.web.InitiativePages.blankToNull;

/**
 * The year's emulation blocks (the units that compete together, with their leader and deputy) and the
 * clubs ("Khởi nghiệp, sáng tạo" clubs hosted by a unit): lists, seating a unit in a block, a unit
 * joining a club.
 */
@Controller
class BlockAndClubPages {

    private final ServiceApi api;
    private final Choices choices;

    BlockAndClubPages(ServiceApi api, Choices choices) {
        this.api = api;
        this.choices = choices;
    }

    @GetMapping("/blocks")
    String blocks(@RequestParam(required = false) Integer year, @ModelAttribute("me") CurrentUser me, Model model) {
        int shown = year != null ? year : Year.now(Formats.VIETNAM).getValue();
        model.addAttribute("blocks", ServiceApi.items(api.get(path("/api/membership/blocks", "year", shown, "size", 100))));
        model.addAttribute("year", shown);
        if (me.isStaff()) {
            model.addAttribute("units", choices.units());
        }
        return "units/blocks";
    }

    @PostMapping("/blocks/{id}/units")
    String seat(@PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitId", blankToNull(form.get("unitId")));
        body.put("move", "on".equals(form.get("move")));
        return Outcome.of(flash, "unit-seated", form, "/blocks?year=" + form.getOrDefault("year", ""),
                () -> api.post("/api/membership/blocks/" + id + "/units", body));
    }

    @GetMapping("/clubs")
    String clubs(@RequestParam(required = false) String q, @ModelAttribute("me") CurrentUser me, Model model) {
        model.addAttribute("clubs", ServiceApi.items(api.get(path("/api/membership/clubs", "q", q, "size", 100))));
        model.addAttribute("q", q);
        if (me.isStaff()) {
            model.addAttribute("units", choices.units());
        }
        return "units/clubs";
    }

    @PostMapping("/clubs/{id}/members")
    String join(@PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "UNIT");
        body.put("memberId", blankToNull(form.get("memberId")));
        body.put("joinedOn", blankToNull(form.get("joinedOn")));
        return Outcome.of(flash, "club-joined", form, "/clubs", () -> api.post("/api/membership/clubs/" + id + "/members",
                body));
    }
}
