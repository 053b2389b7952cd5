package vn.coop.sangtao.integrations.endpoint.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Registers a URL (https; http only in the local profile) to receive the listed public event types.
 * With {@code ordered}, events of one initiative arrive in the order they happened.
 */
public record RegisterEndpointRequest(
        @NotBlank @Size(max = 2000) String url,
        @Size(max = 500) String description,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> eventTypes,
        Boolean ordered) {
}
