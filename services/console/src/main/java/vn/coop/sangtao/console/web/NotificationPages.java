package vn.coop.sangtao.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.coop.sangtao.console.api.ServiceApi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static vn.coop.sangtao.console.api.ServiceApi.path;

/**
 * What happened lately to the records that concern the user, newest first: a member's initiatives as
 * they are accepted, returned, recognised or rejected; a council member's new assignments and votes;
 * the officer's new submissions; the national officer's forwarded proposals and nominations. The home
 * page lists what to do; this page tells what changed.
 */
@Controller
class NotificationPages {

    private static final String INITIATIVES = "/api/initiatives/initiatives";
    private static final int SHOWN = 30;
    private final ServiceApi api;

    NotificationPages(ServiceApi api) {
        this.api = api;
    }

    /** One change: when, which message with which arguments, and where to look. */
    record Notice(String at, String message, List<Object> args, String link) {
    }

    @GetMapping("/notifications")
    String notifications(@ModelAttribute("me") CurrentUser me, Model model) {
        List<Notice> notices = new ArrayList<>();
        if (me.canSubmit()) {
            ServiceApi.items(api.get(path(INITIATIVES, "sort", "createdAt", "size", 50))).stream()
                    .filter(i -> me.username().equals(i.get("createdBy")))
                    .map(NotificationPages::ofMine).filter(Objects::nonNull).forEach(notices::add);
        }
        if (me.isStaff()) {
            ServiceApi.items(api.get(path(INITIATIVES, "status", "SUBMITTED", "size", 20))).forEach(i -> notices.add(
                    new Notice(text(i.get("submittedAt")), "notice.submitted", List.of(i.get("title")), initiative(i))));
        }
        if (me.isCouncil()) {
            ServiceApi.items(api.get(path(INITIATIVES, "status", "UNDER_REVIEW", "size", 200))).stream()
                    .filter(i -> i.get("myReview") instanceof Map<?, ?> review && "ASSIGNED".equals(review.get("state")))
                    .forEach(i -> notices.add(new Notice(text(i.get("acceptedOn")), "notice.assigned",
                            List.of(i.get("title")), initiative(i))));
            proposals("VOTING", "notice.vote", notices);
        }
        if (me.isNational()) {
            proposals("RECEIVED", "notice.received", notices);
        }
        model.addAttribute("notices", notices.stream()
                .sorted(Comparator.comparing(Notice::at, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(SHOWN).toList());
        return "account/notifications";
    }

    /** The latest thing that happened to an initiative the user wrote. */
    private static Notice ofMine(Map<String, Object> i) {
        String status = text(i.get("status"));
        String at = switch (status) {
            case "RECOGNISED", "REJECTED" -> i.get("decision") instanceof Map<?, ?> d ? text(d.get("decidedAt")) : null;
            case "UNDER_REVIEW" -> text(i.get("acceptedOn"));
            case "DRAFT" -> text(i.get("createdAt"));
            default -> text(i.get("submittedAt"));
        };
        return new Notice(at, "notice.mine." + status, List.of(i.get("title")), initiative(i));
    }

    private void proposals(String status, String message, List<Notice> notices) {
        ServiceApi.items(api.get(path("/api/awards/proposals", "status", status, "size", 20))).forEach(p -> notices.add(
                new Notice(lastStep(p), message, List.of(((Map<?, ?>) p.get("nominee")).get("name"), p.get("awardName")),
                        "/proposals/" + p.get("id"))));
    }

    private static String lastStep(Map<String, Object> proposal) {
        return proposal.get("history") instanceof List<?> steps && !steps.isEmpty()
                && steps.get(steps.size() - 1) instanceof Map<?, ?> step ? text(step.get("at")) : null;
    }

    private static String initiative(Map<String, Object> i) {
        return "/initiatives/" + i.get("id");
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
