package vn.coop.sangtao.integrations.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.bson.Document;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.integrations.delivery.DeliveryFilter;
import vn.coop.sangtao.integrations.delivery.DeliveryRepository;
import vn.coop.sangtao.integrations.delivery.DeliveryService;
import vn.coop.sangtao.integrations.delivery.DeliveryStatus;
import vn.coop.sangtao.platform.problem.ApiProblem;
import vn.coop.sangtao.platform.security.Roles;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@RestController
@Validated
@RequestMapping("/api/integrations/deliveries")
@Tag(name = "Delivery log", description = "Các lần gửi webhook, kết quả, và gửi lại")
class DeliveryController {

    private final DeliveryRepository deliveries;
    private final DeliveryService service;

    DeliveryController(DeliveryRepository deliveries, DeliveryService service) {
        this.deliveries = deliveries;
        this.service = service;
    }

    @GetMapping
    @PreAuthorize(Roles.INTEGRATION_READERS)
    @Operation(summary = "Deliveries with each attempt's status, latency and an excerpt of the answer")
    List<Document> log(@RequestParam(required = false) String endpointId,
                       @RequestParam(required = false) String type,
                       @RequestParam(required = false) DeliveryStatus status,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                       @RequestParam(defaultValue = "0") @Min(0) int page,
                       @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return deliveries.log(new DeliveryFilter(null, endpointId, type, status, from, to), page, size);
    }

    @PostMapping("/{id}/replay")
    @PreAuthorize(Roles.TENANT_ADMIN)
    @Operation(summary = "Send one delivery again, with the same webhook-id")
    Map<String, Long> replayOne(@PathVariable String id) {
        long replayed = service.replay(DeliveryFilter.one(id));
        if (replayed == 0) {
            throw ApiProblem.notFound("delivery", id);
        }
        return Map.of("replayed", replayed);
    }

    @PostMapping("/replay")
    @PreAuthorize(Roles.TENANT_ADMIN)
    @Operation(summary = "Send again every delivery created in a time range, optionally of one endpoint")
    Map<String, Long> replayRange(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                  @RequestParam(required = false) String endpointId) {
        return Map.of("replayed", service.replay(new DeliveryFilter(null, endpointId, null, null, from, to)));
    }
}
