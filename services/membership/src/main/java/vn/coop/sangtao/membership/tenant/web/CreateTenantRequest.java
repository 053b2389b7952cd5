package vn.coop.sangtao.membership.tenant.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Schema(example = """
        {"id":"ha-nam","name":"Liên minh HTX tỉnh Hà Nam","establishedOn":"1997-01-01"}""")
record CreateTenantRequest(@NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String id,
                           @NotBlank @Size(max = 200) String name,
                           LocalDate establishedOn) {
}
