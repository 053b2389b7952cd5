package vn.coop.sangtao.integrations.endpoint.web;

import jakarta.validation.constraints.Size;

/** Switches an endpoint on or off and/or changes its description; absent fields stay as they are. */
public record UpdateEndpointRequest(Boolean enabled, @Size(max = 500) String description) {
}
