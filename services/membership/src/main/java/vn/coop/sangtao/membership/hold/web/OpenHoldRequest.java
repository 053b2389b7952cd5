package vn.coop.sangtao.membership.hold.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.membership.hold.HoldKind;
import vn.coop.sangtao.membership.hold.HoldSubject;

import java.time.LocalDate;

@Schema(example = """
        {"subject":"UNIT","subjectId":"0b6f2c…","kind":"INSPECTION","reason":"Thanh tra việc sử dụng vốn hỗ trợ",
         "openedOn":"2026-08-01"}""")
record OpenHoldRequest(@NotNull HoldSubject subject, @NotBlank @Size(max = 64) String subjectId,
                       @NotNull HoldKind kind, @NotBlank @Size(max = 1000) String reason,
                       @NotNull LocalDate openedOn) {
}
