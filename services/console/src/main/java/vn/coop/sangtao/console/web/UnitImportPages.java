package vn.coop.sangtao.console.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.coop.sangtao.console.api.ServiceApi;
import vn.coop.sangtao.console.api.ServiceProblem;

import java.io.IOException;
import java.util.Map;

/**
 * Importing member units from a CSV or Excel sheet: a preview first (membership's dry run, with each
 * failing row and column), then the import itself, which membership runs in the background and this
 * page follows until it is done. The previewed file waits in the user's session, so applying it does
 * not ask for the file again.
 */
@Controller
class UnitImportPages {

    private static final String API = "/api/membership/units/import";
    private static final String PREVIEWED = "unit-import-preview";

    private final ServiceApi api;

    UnitImportPages(ServiceApi api) {
        this.api = api;
    }

    /** The file as uploaded, kept between the preview and the import. */
    record Sheet(String name, String contentType, byte[] content) {
    }

    @GetMapping("/units/import")
    String form() {
        return "units/import";
    }

    @PostMapping("/units/import/preview")
    String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        Sheet sheet = new Sheet(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        try {
            model.addAttribute("report", api.upload(API + "?dryRun=true", sheet.name(), sheet.contentType(),
                    sheet.content()));
            session.setAttribute(PREVIEWED, sheet);
            model.addAttribute("fileName", sheet.name());
        } catch (ServiceProblem refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            model.addAttribute("problem", refused);
        }
        return "units/import";
    }

    @PostMapping("/units/import")
    String apply(HttpSession session, RedirectAttributes flash) {
        if (!(session.getAttribute(PREVIEWED) instanceof Sheet sheet)) {
            return "redirect:/units/import";
        }
        session.removeAttribute(PREVIEWED);
        return Outcome.of(flash, "import-started", Map.of(), job -> "/units/imports/" + job.get("id"), "/units/import",
                () -> api.upload(API, sheet.name(), sheet.contentType(), sheet.content()));
    }

    /** An import running in the background; the page refreshes itself until it is done. */
    @GetMapping("/units/imports/{id}")
    String job(@PathVariable String id, Model model) {
        model.addAttribute("job", api.get("/api/membership/units/imports/" + id));
        return "units/import-job";
    }
}
