package vn.coop.sangtao.console.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.coop.sangtao.console.api.ServiceProblem;
import vn.coop.sangtao.console.config.SecurityConfig;

/**
 * What every page knows (the signed-in user), and the page shown when a service refuses to show
 * something: its own words, with the status. Another province's record answers 404 from the
 * services, so it looks exactly like one that does not exist.
 */
@ControllerAdvice
class ConsoleAdvice {

    private final Links links;

    ConsoleAdvice(Links links) {
        this.links = links;
    }

    /** Links to the current page with a parameter changed; a model attribute, since link expressions may not call beans. */
    @ModelAttribute("links")
    Links links() {
        return links;
    }

    @ModelAttribute("me")
    CurrentUser me(@AuthenticationPrincipal OidcUser user) {
        return user == null ? null : CurrentUser.of(user);
    }

    @ExceptionHandler(ServiceProblem.class)
    String refused(ServiceProblem problem, @AuthenticationPrincipal OidcUser user, Model model,
                   HttpServletResponse response) {
        if (problem.status() == 401) {
            // the session outlived its refresh token: sign in again
            return "redirect:/oauth2/authorization/" + SecurityConfig.REGISTRATION;
        }
        response.setStatus(problem.status());
        model.addAttribute("me", me(user));
        model.addAttribute("links", links);
        model.addAttribute("problem", problem);
        return "error";
    }
}
