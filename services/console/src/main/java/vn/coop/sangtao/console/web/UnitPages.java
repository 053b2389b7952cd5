package vn.coop.sangtao.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.coop.sangtao.console.api.ServiceApi;
import vn.coop.sangtao.console.api.ServiceProblem;

import java.util.Map;

import static vn.coop.sangtao.console.api.ServiceApi.path;

/** Member units: the search (name without accents or the start of a tax code) and one unit with its people. */
@Controller
class UnitPages {

    private final ServiceApi api;
    private final Choices choices;

    UnitPages(ServiceApi api, Choices choices) {
        this.api = api;
        this.choices = choices;
    }

    /** A unit representative's own unit, with its people. */
    @GetMapping("/my-unit")
    String mine(@ModelAttribute("me") CurrentUser me) {
        String unit = choices.unitOf(me);
        if (unit == null) {
            throw new ServiceProblem(404, null, null, "no-unit", Map.of());
        }
        return "redirect:/units/" + unit;
    }

    @GetMapping("/units")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", api.get(path("/api/membership/units", "q", q, "sort", "NAME", "page", page,
                "size", 20)));
        model.addAttribute("q", q);
        return "units/list";
    }

    /**
     * The options of a unit picker, narrowed as the user types: a province has hundreds of units, more
     * than one list should hold. htmx puts them into the select next to the search box.
     */
    @GetMapping("/units/options")
    String options(@RequestParam(required = false) String q, @RequestParam(required = false) String prefix,
                   Model model) {
        model.addAttribute("units", ServiceApi.items(api.get(path("/api/membership/units", "q", q, "sort", "NAME",
                "size", 50))));
        model.addAttribute("prefix", prefix == null ? "" : prefix);
        return "units/options :: options";
    }

    @GetMapping("/units/{id}")
    String detail(@PathVariable String id, Model model) {
        model.addAttribute("unit", api.get("/api/membership/units/" + id));
        model.addAttribute("people", api.get(path("/api/membership/people", "unitId", id, "size", 100)));
        model.addAttribute("initiatives", api.get(path("/api/initiatives/initiatives", "unitId", id, "size", 20)));
        return "units/detail";
    }
}
