package vn.coop.sangtao.awards.goldenbook.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.awards.goldenbook.Deadline;
import vn.coop.sangtao.awards.goldenbook.DueDeadline;
import vn.coop.sangtao.awards.goldenbook.GoldenBookService;
import vn.coop.sangtao.awards.goldenbook.GoldenBookView;
import vn.coop.sangtao.awards.goldenbook.WorkOutcome;
import vn.coop.sangtao.platform.security.Roles;

import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/awards/golden-book")
@Tag(name = "Golden Book", description = "Chu kỳ Sách vàng Sáng tạo Việt Nam hằng năm: lịch hạn, hồ sơ sáng kiến tiêu biểu, kết quả")
class GoldenBookController {

    private final GoldenBookService goldenBook;

    GoldenBookController(GoldenBookService goldenBook) {
        this.goldenBook = goldenBook;
    }

    record DeadlineRequest(@NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,29}$") String key,
                           @NotBlank @Size(max = 200) String title, @NotNull LocalDate due) {
    }

    @Schema(example = """
            {"deadlines":[{"key":"DOSSIER","title":"Chọn sáng kiến tiêu biểu, lập hồ sơ đề cử","due":"2026-06-10"},
             {"key":"NOMINATION","title":"Gửi hồ sơ đề cử về Liên minh Hợp tác xã Việt Nam","due":"2026-07-15"},
             {"key":"PUBLICATION","title":"Công bố Sách vàng Sáng tạo Việt Nam","due":"2026-09-02"}]}""")
    record CalendarRequest(@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull DeadlineRequest> deadlines) {
    }

    @Schema(example = "{\"outcome\":\"PUBLISHED\",\"publishedIn\":\"Sách vàng Sáng tạo Việt Nam 2026\"}")
    record OutcomeRequest(@NotNull WorkOutcome outcome, @Size(max = 300) String publishedIn) {
    }

    @GetMapping("/{year}")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "The year's cycle: calendar with each deadline's status, and the dossier's works",
            description = "A deadline is DONE when marked, or when the facts show it (the dossier compiled, every work "
                    + "nominated, every nominated work's outcome known); OVERDUE once its day passed; DUE_SOON within "
                    + "sangtao.awards.golden-book.due-soon-days (14); UPCOMING before. A year not started shows the "
                    + "default calendar")
    GoldenBookView view(@PathVariable @Min(2000) @Max(2100) int year) {
        return goldenBook.view(year);
    }

    @GetMapping("/due")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "The deadlines due soon or overdue, of this year's cycle and of last year's")
    List<DueDeadline> due() {
        return goldenBook.due();
    }

    @PutMapping("/{year}/calendar")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "Set the year's calendar of deadlines",
            description = "Keys once each and days within a year of the cycle's (422 invalid-calendar); a deadline "
                    + "that keeps its key keeps its done mark")
    GoldenBookView calendar(@PathVariable @Min(2000) @Max(2100) int year,
                            @Valid @RequestBody CalendarRequest request) {
        return goldenBook.setCalendar(year, request.deadlines().stream()
                .map(d -> new Deadline(d.key(), d.title(), d.due(), null, null)).toList());
    }

    @PostMapping("/{year}/deadlines/{key}/done")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "Mark a deadline done")
    GoldenBookView done(@PathVariable @Min(2000) @Max(2100) int year, @PathVariable @Size(max = 30) String key) {
        return goldenBook.markDone(year, key);
    }

    @PostMapping("/{year}/compile")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "Compile the dossier from the initiatives marked typical of the year",
            description = "Works an earlier Golden Book published are left out (listed in excluded); works already in "
                    + "the dossier keep their recorded outcome")
    GoldenBookView compile(@PathVariable @Min(2000) @Max(2100) int year) {
        return goldenBook.compile(year);
    }

    @PutMapping("/{year}/works/{initiativeId}/outcome")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "Record what became of a work of the dossier: SELECTED, NOT_SELECTED or PUBLISHED",
            description = "A recorded outcome stands over the national alliance's decision; a work published here is "
                    + "left out of later years' dossiers")
    GoldenBookView outcome(@PathVariable @Min(2000) @Max(2100) int year, @PathVariable @Size(max = 64) String initiativeId,
                           @Valid @RequestBody OutcomeRequest request) {
        return goldenBook.recordOutcome(year, initiativeId, request.outcome(), request.publishedIn());
    }
}
