package vn.coop.sangtao.campaigns.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.campaigns.activity.Activity;
import vn.coop.sangtao.campaigns.activity.ActivityDraft;
import vn.coop.sangtao.campaigns.activity.ActivityKind;
import vn.coop.sangtao.campaigns.activity.ActivityService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/campaigns/activities")
@Tag(name = "Activities", description = "Hoạt động: lớp bồi dưỡng, tập huấn kỹ thuật, hội nghị, sinh hoạt câu lạc bộ… với đơn vị tham gia và người dự")
class ActivityController {

    private final ActivityService activities;

    ActivityController(ActivityService activities) {
        this.activities = activities;
    }

    @Schema(example = """
            {"campaignId":"5b1d…","kind":"TECHNICAL_TRAINING","title":"Tập huấn kỹ thuật trồng lúa hữu cơ",
             "date":"2026-04-12","place":"Hội trường Liên minh HTX tỉnh Ninh Bình","organiser":"Liên minh HTX tỉnh",
             "unitIds":["9b2f…"],"attendeeIds":["7d3a…"],"contentNumbers":[2]}""")
    record ActivityRequest(@Size(max = 64) String campaignId, @NotNull ActivityKind kind,
                           @NotBlank @Size(max = 300) String title, @NotNull LocalDate date,
                           @Size(max = 300) String place, @Size(max = 300) String organiser,
                           @Size(max = 2000) List<@NotBlank String> unitIds,
                           @Size(max = 5000) List<@NotBlank String> attendeeIds,
                           @Size(max = 50) List<@NotNull @Min(1) @Max(99) Integer> contentNumbers) {

        ActivityDraft toDraft() {
            return new ActivityDraft(campaignId, kind, title, date, place, organiser, unitIds, attendeeIds,
                    contentNumbers);
        }
    }

    @PostMapping
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Record an activity with its units and attendance",
            description = "An attendee's unit takes part even when not listed; 422 invalid-activity names unknown "
                    + "units and people")
    ResponseEntity<Activity> record(@Valid @RequestBody ActivityRequest request) {
        Activity activity = activities.record(request.toDraft());
        return ResponseEntity.created(URI.create("/api/campaigns/activities/" + activity.id())).body(activity);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.STAFF)
    @Operation(summary = "Correct an activity: details, units or attendance")
    Activity change(@PathVariable String id, @Valid @RequestBody ActivityRequest request) {
        return activities.change(id, request.toDraft());
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.MEMBERS)
    Activity get(@PathVariable String id) {
        return activities.get(id);
    }

    @GetMapping
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "Activities newest first, by campaign, kind, participating unit and dates (inclusive)")
    PageResponse<Activity> list(@RequestParam(required = false) @Size(max = 64) String campaignId,
                                @RequestParam(required = false) ActivityKind kind,
                                @RequestParam(required = false) @Size(max = 64) String unitId,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return activities.list(campaignId, kind, unitId, from, to, page, size);
    }
}
