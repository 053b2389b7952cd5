package vn.coop.sangtao.console.web;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.coop.sangtao.console.api.ServiceApi;
import vn.coop.sangtao.console.api.ServiceProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.coop.sangtao.console.api.ServiceApi.path;
import static vn.coop.sangtao.console.web.InitiativePages.blankToNull;

/**
 * The alliance's connections to outside systems, for its admin: the webhook endpoints that receive
 * its public events, registering one, a new signing secret or a test event for it, and the log of
 * deliveries, where a failed one can be sent again.
 */
@Controller
class IntegrationPages {

    /** The event types outside systems may subscribe to (integrations' PublicEventTypes); it refuses any other. */
    static final List<String> EVENT_TYPES = List.of("vn.coop.sangtao.initiative.submitted.v1");
    static final List<String> DELIVERY_STATUSES = List.of("PENDING", "DELIVERED", "FAILED");
    private static final String ENDPOINTS = "/api/integrations/endpoints";
    private static final String DELIVERIES = "/api/integrations/deliveries";
    private static final int PAGE_SIZE = 20;
    private final ServiceApi api;

    IntegrationPages(ServiceApi api) {
        this.api = api;
    }

    @GetMapping("/webhooks")
    String endpoints(Model model) {
        model.addAttribute("endpoints", endpoints());
        model.addAttribute("eventTypes", EVENT_TYPES);
        return "integrations/endpoints";
    }

    @PostMapping("/webhooks")
    String register(@RequestParam Map<String, String> form,
                    @RequestParam(name = "eventTypes", required = false) List<String> eventTypes,
                    RedirectAttributes flash) {
        List<String> types = eventTypes == null ? List.of() : eventTypes;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", blankToNull(form.get("url")));
        body.put("description", blankToNull(form.get("description")));
        body.put("eventTypes", types);
        body.put("ordered", "on".equals(form.get("ordered")));
        // the form map keeps one value per name: the ticked types are put back whole, to tick them again
        Map<String, String> typed = new LinkedHashMap<>(form);
        typed.put("eventTypes", String.join(",", types));
        return Outcome.of(flash, "endpoint-registered", typed, endpoint -> "/webhooks/" + endpoint.get("id"),
                "/webhooks", () -> withSecret(flash, api.post(ENDPOINTS, body)));
    }

    @GetMapping("/webhooks/{id}")
    String endpoint(@PathVariable String id, Model model) {
        model.addAttribute("endpoint", api.get(ENDPOINTS + "/" + id));
        model.addAttribute("deliveries", api.getList(path(DELIVERIES, "endpointId", id, "size", PAGE_SIZE)));
        return "integrations/endpoint";
    }

    @PostMapping("/webhooks/{id}/{action}")
    String act(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form,
               RedirectAttributes flash) {
        String at = ENDPOINTS + "/" + id;
        String back = "/webhooks/" + id;
        return switch (action) {
            case "rotate-secret" -> Outcome.of(flash, "secret-rotated", form, back, () -> withSecret(flash,
                    api.post(path(at + "/rotate-secret", "graceHours", Choices.number(form.get("graceHours"))), null)));
            case "enable", "disable" -> Outcome.of(flash, "endpoint-" + action + "d", form, back,
                    () -> api.patch(at, Map.of("enabled", "enable".equals(action))));
            case "test" -> Outcome.of(flash, "endpoint-tested", form, back, () -> {
                // the service answers 200 whatever the endpoint replied: the reply is what the admin wants to see
                Map<String, Object> attempt = api.post(at + "/test", null);
                flash.addFlashAttribute("attempt", attempt);
                return attempt;
            });
            default -> throw new ServiceProblem(404, null, null, "no-such-action", Map.of());
        };
    }

    @GetMapping("/webhooks/deliveries")
    String deliveries(@RequestParam(required = false) String endpointId, @RequestParam(required = false) String type,
                      @RequestParam(required = false) String status,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(defaultValue = "0") int page, Model model) {
        List<Map<String, Object>> found = api.getList(path(DELIVERIES, "endpointId", endpointId, "type", type,
                "status", status, "from", startOf(from), "to", to == null ? null : startOf(to.plusDays(1)),
                "page", page, "size", PAGE_SIZE));
        List<Map<String, Object>> endpoints = endpoints();
        Map<Object, Object> urls = new LinkedHashMap<>();
        endpoints.forEach(e -> urls.put(e.get("id"), e.get("url")));
        model.addAttribute("deliveries", found);
        model.addAttribute("number", page);
        // the log answers no total: a full page may have a next one, a shorter page is the last
        model.addAttribute("more", found.size() == PAGE_SIZE);
        model.addAttribute("endpoints", endpoints);
        model.addAttribute("urls", urls);
        model.addAttribute("endpointId", endpointId);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("eventTypes", EVENT_TYPES);
        model.addAttribute("statuses", DELIVERY_STATUSES);
        return "integrations/deliveries";
    }

    /** Sends one delivery again; back to the page the button was on (the log with its filters, or the endpoint). */
    @PostMapping("/webhooks/deliveries/{id}/replay")
    String replay(@PathVariable String id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        String back = form.getOrDefault("back", "");
        // only back into these pages: the value comes from the form, and a redirect must not leave the console
        String to = back.startsWith("/webhooks") ? back : "/webhooks/deliveries";
        return Outcome.of(flash, "delivery-replayed", form, to,
                () -> api.post(DELIVERIES + "/" + id + "/replay", null));
    }

    /** A tenant has a handful of endpoints; the service's largest page holds them all. */
    private List<Map<String, Object>> endpoints() {
        return api.getList(path(ENDPOINTS, "size", 200));
    }

    /**
     * The service answers a signing secret only when it issues one, and never again: it goes to the next
     * page alone, as a flash attribute, and is gone once that page is shown.
     */
    private static Map<String, Object> withSecret(RedirectAttributes flash, Map<String, Object> endpoint) {
        if (endpoint.get("secret") != null) {
            flash.addFlashAttribute("secret", endpoint.get("secret"));
        }
        return endpoint;
    }

    /** A day as a bound of the log: its first instant in Vietnam ({@code to} is exclusive: pass the next day). */
    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.VIETNAM).toInstant();
    }
}
