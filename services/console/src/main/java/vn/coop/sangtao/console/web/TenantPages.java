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

import static vn.coop.sangtao.console.api.ServiceApi.path;
import static vn.coop.sangtao.console.web.InitiativePages.blankToNull;

/**
 * The alliances on the platform, for its admin: creating a provincial alliance, closing one that was
 * never used, and merging one into another when provinces merge (its records then move to the survivor).
 */
@Controller
class TenantPages {

    static final List<String> TENANT_STATUSES = List.of("ACTIVE", "MERGING", "MERGED", "RETIRED");
    private static final String API = "/api/membership/tenants";
    private final ServiceApi api;

    TenantPages(ServiceApi api) {
        this.api = api;
    }

    @GetMapping("/tenants")
    String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("page", api.get(path(API, "status", status, "page", page, "size", 50)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", TENANT_STATUSES);
        return "tenants/list";
    }

    @PostMapping("/tenants")
    String create(@RequestParam Map<String, String> form, RedirectAttributes flash) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", blankToNull(form.get("id")));
        body.put("name", blankToNull(form.get("name")));
        body.put("establishedOn", blankToNull(form.get("establishedOn")));
        return Outcome.of(flash, "tenant-created", form, tenant -> "/tenants/" + tenant.get("id"), "/tenants",
                () -> api.post(API, body));
    }

    @GetMapping("/tenants/{id}")
    String detail(@PathVariable String id, @ModelAttribute("me") CurrentUser me, Model model) {
        Map<String, Object> tenant = api.get(API + "/" + id);
        model.addAttribute("t", tenant);
        if (me.isPlatformAdmin() && "ACTIVE".equals(tenant.get("status")) && "PROVINCIAL".equals(tenant.get("kind"))) {
            model.addAttribute("targets", targets(id));
        }
        return "tenants/detail";
    }

    @PostMapping("/tenants/{id}/{action}")
    String act(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form,
               RedirectAttributes flash) {
        String at = API + "/" + id;
        String back = "/tenants/" + id;
        return switch (action) {
            case "retire" -> Outcome.of(flash, "tenant-retired", form, back, () -> api.post(at + "/retire",
                    retirement(form)));
            case "merge" -> Outcome.of(flash, "tenant-merged", form, back, () -> api.post(at + "/merge", merger(form)));
            default -> throw new ServiceProblem(404, null, null, "no-such-action", Map.of());
        };
    }

    /** Only an active province can absorb another; the national alliance cannot. */
    private List<Map<String, Object>> targets(String id) {
        return ServiceApi.items(api.get(path(API, "status", "ACTIVE", "size", 200))).stream()
                .filter(t -> "PROVINCIAL".equals(t.get("kind")) && !id.equals(t.get("id")))
                .toList();
    }

    private static Map<String, Object> retirement(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("retiredOn", blankToNull(form.get("retiredOn")));
        body.put("reason", blankToNull(form.get("reason")));
        return body;
    }

    private static Map<String, Object> merger(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("into", blankToNull(form.get("into")));
        body.put("effectiveOn", blankToNull(form.get("effectiveOn")));
        return body;
    }
}
