package vn.coop.sangtao.integrations.endpoint.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.integrations.delivery.Attempt;
import vn.coop.sangtao.integrations.delivery.DeliveryService;
import vn.coop.sangtao.integrations.endpoint.EndpointService;
import vn.coop.sangtao.integrations.endpoint.WebhookEndpoint;
import vn.coop.sangtao.platform.security.Roles;

import java.net.URI;
import java.time.Duration;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/integrations/endpoints")
@Tag(name = "Webhook endpoints", description = "Hệ thống bên ngoài nhận sự kiện công khai, có chữ ký")
class EndpointController {

    private final EndpointService endpoints;
    private final DeliveryService deliveries;

    EndpointController(EndpointService endpoints, DeliveryService deliveries) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    @PostMapping
    @PreAuthorize(Roles.TENANT_ADMIN)
    @Operation(summary = "Register a webhook endpoint",
            description = "Answers the signing secret once. 422 for a non-https URL or an event type that is not public.")
    ResponseEntity<EndpointResponse> register(@Valid @RequestBody RegisterEndpointRequest request) {
        WebhookEndpoint endpoint = endpoints.register(request.url(), request.description(), request.eventTypes(),
                Boolean.TRUE.equals(request.ordered()));
        return ResponseEntity.created(URI.create("/api/integrations/endpoints/" + endpoint.id()))
                .body(EndpointResponse.withSecret(endpoint));
    }

    @PatchMapping("/{id}")
    @PreAuthorize(Roles.TENANT_ADMIN)
    @Operation(summary = "Switch an endpoint on or off, or describe it")
    EndpointResponse update(@PathVariable String id, @Valid @RequestBody UpdateEndpointRequest request) {
        WebhookEndpoint endpoint = endpoints.get(id);
        if (request.description() != null) {
            endpoint = endpoints.describe(id, request.description());
        }
        if (request.enabled() != null) {
            endpoint = endpoints.switchOn(id, request.enabled(), "switched by the owner");
        }
        return EndpointResponse.of(endpoint);
    }

    @PostMapping("/{id}/rotate-secret")
    @PreAuthorize(Roles.TENANT_ADMIN)
    @Operation(summary = "Issue a new signing secret",
            description = "Answers the new secret once; the previous one also signs during the grace period.")
    EndpointResponse rotate(@PathVariable String id,
                            @RequestParam(defaultValue = "24") @Min(0) @Max(168) int graceHours) {
        return EndpointResponse.withSecret(endpoints.rotateSecret(id, Duration.ofHours(graceHours)));
    }

    @PostMapping("/{id}/test")
    @PreAuthorize(Roles.TENANT_ADMIN)
    @Operation(summary = "Send a signed test event now and answer what the endpoint replied")
    Attempt test(@PathVariable String id) {
        return deliveries.testSend(endpoints.get(id));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.INTEGRATION_READERS)
    EndpointResponse get(@PathVariable String id) {
        return EndpointResponse.of(endpoints.get(id));
    }

    @GetMapping
    @PreAuthorize(Roles.INTEGRATION_READERS)
    List<EndpointResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return endpoints.list(page, size).stream().map(EndpointResponse::of).toList();
    }
}
