package vn.coop.sangtao.membership.unit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.membership.unit.Sector;
import vn.coop.sangtao.membership.unit.UnitKind;

/** Corrects a unit's details; the tax code identifies the unit and cannot be changed. */
public record UpdateUnitRequest(@NotBlank @Size(max = 300) String name, @NotNull UnitKind kind,
                                @NotNull Sector sector) {
}
