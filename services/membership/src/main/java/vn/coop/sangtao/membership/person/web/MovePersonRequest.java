package vn.coop.sangtao.membership.person.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Schema(example = """
        {"toUnitId":"5c1e…","effectiveFrom":"2026-09-01"}""")
record MovePersonRequest(@NotBlank @Size(max = 64) String toUnitId, @NotNull LocalDate effectiveFrom) {
}
