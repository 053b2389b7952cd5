package vn.coop.sangtao.console.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.coop.sangtao.console.api.ServiceApi;
import vn.coop.sangtao.console.api.ServiceProblem;

import java.io.IOException;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static vn.coop.sangtao.console.api.ServiceApi.path;

/** Initiatives: the search, the submission form with drafts, and one initiative with what can be done to it. */
@Controller
class InitiativePages {

    private static final String API = "/api/initiatives/initiatives";
    private final ServiceApi api;
    private final Choices choices;

    InitiativePages(ServiceApi api, Choices choices) {
        this.api = api;
        this.choices = choices;
    }

    @GetMapping("/initiatives")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", api.get(path(API, "q", q, "status", status, "year", year, "page", page, "size", 20)));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("year", year);
        model.addAttribute("statuses", Choices.INITIATIVE_STATUSES);
        return "initiatives/list";
    }

    @GetMapping("/initiatives/new")
    String form(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("year", String.valueOf(Year.now(Formats.VIETNAM).getValue()),
                    "kind", "INITIATIVE", "share0", "100"));
        }
        model.addAttribute("units", choices.units());
        model.addAttribute("people", choices.people());
        model.addAttribute("kinds", Choices.INITIATIVE_KINDS);
        model.addAttribute("rows", InitiativeForm.AUTHOR_ROWS);
        return "initiatives/form";
    }

    @PostMapping("/initiatives")
    String create(@RequestParam Map<String, String> form, RedirectAttributes flash) {
        boolean submit = !"draft".equals(form.get("intent"));
        return Outcome.of(flash, submit ? "submitted" : "draft-saved", form,
                created -> "/initiatives/" + created.get("id"), "/initiatives/new",
                () -> api.post(path(API, "submit", submit), InitiativeForm.body(form)));
    }

    @GetMapping("/initiatives/{id}")
    String detail(@PathVariable String id, @ModelAttribute("me") CurrentUser me, Model model) {
        Map<String, Object> initiative = api.get(API + "/" + id);
        model.addAttribute("i", initiative);
        model.addAttribute("revisions", hiddenAsEmpty(() -> api.getList(API + "/" + id + "/revisions")));
        model.addAttribute("attachments", hiddenAsEmpty(() -> api.getList(API + "/" + id + "/attachments")));
        if (me.isStaff() && "UNDER_REVIEW".equals(initiative.get("status"))) {
            model.addAttribute("councils", ServiceApi.items(api.get(path("/api/initiatives/councils", "size", 100))));
        }
        if (initiative.get("myReview") instanceof Map<?, ?> review && "ASSIGNED".equals(review.get("state"))) {
            model.addAttribute("rubric", api.get("/api/initiatives/settings/rubric"));
        }
        model.addAttribute("levels", Choices.RECOGNITION_LEVELS);
        return "initiatives/detail";
    }

    @PostMapping("/initiatives/{id}/{action}")
    String act(@PathVariable String id, @PathVariable String action, @RequestParam Map<String, String> form,
               RedirectAttributes flash) {
        String at = API + "/" + id;
        String back = "/initiatives/" + id;
        return switch (action) {
            case "submit" -> Outcome.of(flash, action, form, back, () -> api.post(at + "/submit", null));
            case "accept" -> Outcome.of(flash, action, form, back, () -> api.post(at + "/accept", null));
            case "return" -> Outcome.of(flash, action, form, back, () -> api.post(at + "/return",
                    Map.of("reasons", lines(form.get("reasons")))));
            case "reviewers" -> Outcome.of(flash, action, form, back, () -> api.post(at + "/reviewers",
                    Map.of("councilId", form.getOrDefault("councilId", ""), "blind", "on".equals(form.get("blind")))));
            case "reviews" -> Outcome.of(flash, action, form, back, () -> api.post(at + "/reviews", scores(form)));
            case "recusal" -> Outcome.of(flash, action, form, back, () -> api.post(at + "/recusal",
                    Map.of("reason", form.getOrDefault("reason", ""))));
            case "decision" -> Outcome.of(flash, action, form, back, () -> api.post(at + "/decision", decision(form)));
            default -> throw new ServiceProblem(404, null, null, "no-such-action", Map.of());
        };
    }

    @PostMapping("/initiatives/{id}/attachments")
    String attach(@PathVariable String id, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
            throws IOException {
        byte[] content = file.getBytes();
        return Outcome.of(flash, "attached", Map.of(), "/initiatives/" + id, () -> api.upload(
                API + "/" + id + "/attachments", file.getOriginalFilename(), file.getContentType(), content));
    }

    @GetMapping("/initiatives/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId) {
        ResponseEntity<byte[]> stored = api.file(API + "/" + id + "/attachments/" + attachmentId);
        return ResponseEntity.ok().headers(headers -> {
            headers.setContentType(stored.getHeaders().getContentType());
            headers.set(HttpHeaders.CONTENT_DISPOSITION, stored.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        }).body(stored.getBody());
    }

    @GetMapping("/initiatives/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String id) {
        return Downloads.file(api.download(API + "/" + id + "/certificate.pdf"), MediaType.APPLICATION_PDF,
                "giay-chung-nhan-" + id + ".pdf");
    }

    /** Revisions and attachments are hidden from some readers (a blind review); the page then shows none. */
    private static List<Map<String, Object>> hiddenAsEmpty(Supplier<List<Map<String, Object>>> read) {
        try {
            return read.get();
        } catch (ServiceProblem hidden) {
            if (hidden.status() != 403) {
                throw hidden;
            }
            return List.of();
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static Map<String, Object> scores(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String criterion : List.of("novelty", "applicability", "effectiveness")) {
            body.put(criterion, Choices.number(form.get(criterion)));
        }
        body.put("comment", form.get("comment"));
        return body;
    }

    private static Map<String, Object> decision(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recognised", "true".equals(form.get("recognised")));
        body.put("level", blankToNull(form.get("level")));
        body.put("decisionNumber", blankToNull(form.get("decisionNumber")));
        body.put("decisionDate", blankToNull(form.get("decisionDate")));
        body.put("reasons", blankToNull(form.get("reasons")));
        return body;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
