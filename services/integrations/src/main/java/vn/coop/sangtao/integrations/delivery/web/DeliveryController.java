package vn.coop.sangtao.integrations.delivery.web;

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
import vn.coop.sangtao.integrations.delivery.DeliveryRepository;
import vn.coop.sangtao.integrations.delivery.DeliveryStatus;
import vn.coop.sangtao.platform.security.Roles;

import java.util.List;

@RestController
@Validated
@RequestMapping("/api/integrations/deliveries")
@Tag(name = "Delivery log", description = "Các lần gửi webhook và kết quả")
class DeliveryController {

    private final DeliveryRepository deliveries;

    DeliveryController(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    @PreAuthorize(Roles.INTEGRATION_MANAGERS)
    @Operation(summary = "Deliveries with each attempt's status, latency and an excerpt of the answer")
    List<Document> log(@RequestParam(required = false) String endpointId,
                       @RequestParam(required = false) DeliveryStatus status,
                       @RequestParam(defaultValue = "0") @Min(0) int page,
                       @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return deliveries.log(endpointId, status, page, size);
    }
}
