package vn.coop.sangtao.membership.tenant.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

@Schema(example = """
        {"into":"ninh-binh","effectiveOn":"2025-07-01"}""")
record MergeTenantRequest(@NotBlank String into, @NotNull LocalDate effectiveOn) {
}
