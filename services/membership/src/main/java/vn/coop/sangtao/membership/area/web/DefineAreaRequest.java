package vn.coop.sangtao.membership.area.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.membership.area.AreaLevel;

import java.time.LocalDate;

@Schema(example = """
        {"code":"37","name":"Tỉnh Ninh Bình","level":"PROVINCE","validFrom":"2025-07-01"}""")
record DefineAreaRequest(@Pattern(regexp = "[0-9A-Za-z.-]{1,20}") String code,
                         @NotBlank @Size(max = 200) String name,
                         @NotNull AreaLevel level,
                         String parentId,
                         @NotNull LocalDate validFrom,
                         LocalDate validTo) {
}
