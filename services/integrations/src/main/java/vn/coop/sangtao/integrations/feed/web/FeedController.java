package vn.coop.sangtao.integrations.feed.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.bson.Document;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.integrations.feed.FeedService;
import vn.coop.sangtao.platform.security.Roles;

import java.util.List;

@RestController
@Validated
@RequestMapping("/api/integrations/events")
@Tag(name = "Event feed", description = "Sự kiện công khai cho hệ thống tích hợp đọc theo con trỏ")
class FeedController {

    /** A page of the feed; pass {@code next} as {@code after} to read on. */
    record FeedPage(List<Document> events, long next) {
    }

    private final FeedService feed;

    FeedController(FeedService feed) {
        this.feed = feed;
    }

    @GetMapping
    @PreAuthorize(Roles.INTEGRATION_READERS)
    @Operation(summary = "The tenant's public events after a cursor, in order",
            description = "Each event is the webhook body (type, timestamp, data) with its id and cursor.")
    FeedPage read(@RequestParam(defaultValue = "0") @Min(0) long after,
                  @RequestParam(required = false) List<String> types,
                  @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        List<Document> events = feed.after(after, types, limit);
        long next = events.isEmpty() ? after : ((Number) events.get(events.size() - 1).get("cursor")).longValue();
        return new FeedPage(events, next);
    }
}
