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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.integrations.endpoint.EndpointService;
import vn.coop.sangtao.integrations.endpoint.WebhookEndpoint;
import vn.coop.sangtao.platform.security.Roles;

import java.net.URI;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/integrations/endpoints")
@Tag(name = "Webhook endpoints", description = "Hệ thống bên ngoài nhận sự kiện công khai, có chữ ký")
class EndpointController {

    private final EndpointService endpoints;

    EndpointController(EndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @PostMapping
    @PreAuthorize(Roles.INTEGRATION_MANAGERS)
    @Operation(summary = "Register a webhook endpoint",
            description = "Answers the signing secret once. 422 for an event type that is not public.")
    ResponseEntity<EndpointResponse> register(@Valid @RequestBody RegisterEndpointRequest request) {
        WebhookEndpoint endpoint = endpoints.register(request.url(), request.eventTypes());
        return ResponseEntity.created(URI.create("/api/integrations/endpoints/" + endpoint.id()))
                .body(EndpointResponse.withSecret(endpoint));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.INTEGRATION_MANAGERS)
    EndpointResponse get(@PathVariable String id) {
        return EndpointResponse.of(endpoints.get(id));
    }

    @GetMapping
    @PreAuthorize(Roles.INTEGRATION_MANAGERS)
    List<EndpointResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return endpoints.list(page, size).stream().map(EndpointResponse::of).toList();
    }
}
