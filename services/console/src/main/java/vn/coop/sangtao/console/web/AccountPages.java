package vn.coop.sangtao.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.coop.sangtao.console.api.ServiceApi;
import vn.coop.sangtao.console.api.ServiceProblem;

import java.util.LinkedHashMap;
import java.util.Map;

import static vn.coop.sangtao.console.api.ServiceApi.path;

/** The user's own pages: the profile, the dashboard of their province, and the page after signing out. */
@Controller
class AccountPages {

    private final ServiceApi api;

    AccountPages(ServiceApi api) {
        this.api = api;
    }

    @GetMapping("/profile")
    String profile(Model model) {
        return "account/profile";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "account/signed-out";
    }

    /**
     * Initiatives of the year by status (one count query each) and units by sector; the charts are
     * drawn in the browser from these figures, which the page also shows as a table.
     */
    @GetMapping("/dashboard")
    String dashboard(Model model) {
        Map<String, Object> byStatus = new LinkedHashMap<>();
        for (String status : Choices.INITIATIVE_STATUSES) {
            byStatus.put(status, total(path("/api/initiatives/initiatives", "status", status, "size", 1)));
        }
        Map<String, Object> bySector = new LinkedHashMap<>();
        for (String sector : Choices.SECTORS) {
            bySector.put(sector, total(path("/api/membership/units", "sector", sector, "size", 1)));
        }
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("bySector", bySector);
        return "account/dashboard";
    }

    private Object total(String uri) {
        try {
            return api.get(uri).getOrDefault("total", 0);
        } catch (ServiceProblem notAllowed) {
            if (notAllowed.status() != 403) {
                throw notAllowed;
            }
            return 0;
        }
    }
}
