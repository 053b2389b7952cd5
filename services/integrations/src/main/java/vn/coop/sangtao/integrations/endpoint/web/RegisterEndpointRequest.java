package vn.coop.sangtao.integrations.endpoint.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Registers a URL to receive the listed public event types. */
public record RegisterEndpointRequest(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://[^\\s]+") String url,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> eventTypes) {
}
