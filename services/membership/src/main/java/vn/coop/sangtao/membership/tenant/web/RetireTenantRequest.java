package vn.coop.sangtao.membership.tenant.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Schema(example = """
        {"retiredOn":"2026-12-31","reason":"Tạo nhầm khi thử nghiệm"}""")
record RetireTenantRequest(@NotNull LocalDate retiredOn, @NotBlank @Size(max = 1000) String reason) {
}
