package vn.coop.sangtao.membership.club.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

@Schema(example = """
        {"leftOn":"2026-06-30"}""")
record LeaveClubRequest(@NotNull LocalDate leftOn) {
}
