package vn.coop.sangtao.initiatives.initiative.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.initiatives.initiative.AuthorKind;

/**
 * An author: a unit ({@code refId} is the unit id) or a person ({@code refId} is the person id,
 * {@code name} their name and {@code unitId} their unit).
 */
public record AuthorRequest(@NotNull AuthorKind kind,
                            @NotBlank @Size(max = 64) String refId,
                            @Size(max = 200) String name,
                            @Size(max = 64) String unitId,
                            @Min(1) @Max(100) int contribution) {
}
