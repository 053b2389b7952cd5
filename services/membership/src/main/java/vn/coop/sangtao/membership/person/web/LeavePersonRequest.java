package vn.coop.sangtao.membership.person.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

@Schema(example = """
        {"leftOn":"2026-10-31","reason":"Nghỉ hưu"}""")
record LeavePersonRequest(@NotNull LocalDate leftOn, @Size(max = 1000) String reason) {
}
