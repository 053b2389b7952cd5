package vn.coop.sangtao.membership.hold.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Schema(example = """
        {"closedOn":"2026-10-15","reason":"Kết luận thanh tra số 12/KL-TTr: không có vi phạm"}""")
record CloseHoldRequest(@NotNull LocalDate closedOn, @NotBlank @Size(max = 1000) String reason) {
}
