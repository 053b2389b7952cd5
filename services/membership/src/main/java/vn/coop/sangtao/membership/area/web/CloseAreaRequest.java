package vn.coop.sangtao.membership.area.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

@Schema(example = """
        {"validTo":"2025-06-30"}""")
record CloseAreaRequest(@NotNull LocalDate validTo) {
}
