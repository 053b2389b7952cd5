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

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

import static vn.coop.sangtao.console.api.ServiceApi.path;
import static vn.coop.sangtao.console.web.InitiativePages.blankToNull;

/**
 * The Golden Book of Creativity: the national officer's list of the initiatives the provinces
 * nominated, with the outcome of each; a province's yearly dossier as PDF; and the awards granted in
 * a year, per award type for a province and per province for the national alliance.
 */
@Controller
class GoldenBookPages {

    private final ServiceApi api;

    GoldenBookPages(ServiceApi api) {
        this.api = api;
    }

    @GetMapping("/golden-book")
    String nominations(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
                       @ModelAttribute("me") CurrentUser me, Model model) {
        int shown = year != null ? year : thisYear();
        if (me.isNational() || me.isPlatformAdmin()) {
            model.addAttribute("page", api.get(path("/api/initiatives/nominations", "year", shown, "page", page,
                    "size", 20)));
        }
        model.addAttribute("year", shown);
        return "national/golden-book";
    }

    @PostMapping("/golden-book/{id}/outcome")
    String outcome(@PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("selected", "true".equals(form.get("selected")));
        body.put("publishedIn", blankToNull(form.get("publishedIn")));
        return Outcome.of(flash, "nomination-outcome", form, "/golden-book?year=" + form.getOrDefault("year", ""),
                () -> api.post("/api/initiatives/nominations/" + id + "/outcome", body));
    }

    @GetMapping("/golden-book/dossier.pdf")
    ResponseEntity<byte[]> dossier(@RequestParam int year) {
        return Downloads.file(api.download(path("/api/initiatives/golden-book/dossier.pdf", "year", year)),
                MediaType.APPLICATION_PDF, "ho-so-sach-vang-" + year + ".pdf");
    }

    /** The year's awards: per award type, round, block and area; per province for the national alliance. */
    @GetMapping("/reports")
    String reports(@RequestParam(required = false) Integer year, @ModelAttribute("me") CurrentUser me, Model model) {
        int shown = year != null ? year : thisYear();
        model.addAttribute("year", shown);
        model.addAttribute("totals", api.get(path("/api/awards/reports/totals", "year", shown)));
        if (me.isNational()) {
            model.addAttribute("provinces", api.get(path("/api/awards/reports/provinces", "year", shown)));
        }
        return "national/reports";
    }

    @GetMapping("/reports/{report}.xlsx")
    ResponseEntity<byte[]> spreadsheet(@PathVariable String report, @RequestParam int year) {
        String which = "provinces".equals(report) ? "provinces" : "totals";
        return Downloads.file(api.download(path("/api/awards/reports/" + which + ".xlsx", "year", year)),
                Downloads.XLSX, "khen-thuong-" + which + "-" + year + ".xlsx");
    }

    private static int thisYear() {
        return Year.now(Formats.VIETNAM).getValue();
    }
}
