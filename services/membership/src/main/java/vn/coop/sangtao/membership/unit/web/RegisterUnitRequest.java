package vn.coop.sangtao.membership.unit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.membership.unit.Sector;
import vn.coop.sangtao.membership.unit.UnitKind;

/** Registers a member unit. The tax code's check digit is verified by the service. */
public record RegisterUnitRequest(
        @NotBlank @Size(max = 300) String name,
        @NotNull UnitKind kind,
        @NotBlank @Pattern(regexp = "\\d{10}(-\\d{3})?") String taxCode,
        @NotNull Sector sector) {
}
