package vn.coop.sangtao.console.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.coop.sangtao.console.api.ServiceProblem;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a form is handled: call the service, then go back to a page (post/redirect/get). On
 * success the page shows a confirmation; on refusal it shows the service's message next to the form
 * that failed, and that form is filled again with what the user typed.
 */
final class Outcome {

    private Outcome() {
    }

    /** Runs the call; on success goes where the answer leads (a created record), back to {@code failure} if refused. */
    static String of(RedirectAttributes flash, String action, Map<String, String> form,
                     Function<Map<String, Object>, String> success, String failure,
                     Supplier<Map<String, Object>> call) {
        try {
            Map<String, Object> answer = call.get();
            flash.addFlashAttribute("done", action);
            return "redirect:" + success.apply(answer);
        } catch (ServiceProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            flash.addFlashAttribute("problem", problem);
            flash.addFlashAttribute("failed", action);
            flash.addFlashAttribute("form", form);
            return "redirect:" + failure;
        }
    }

    /** The same page after success and after a refusal. */
    static String of(RedirectAttributes flash, String action, Map<String, String> form, String back,
                     Supplier<Map<String, Object>> call) {
        return of(flash, action, form, answer -> back, back, call);
    }
}
