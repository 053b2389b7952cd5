package vn.coop.sangtao.membership.unit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.membership.unit.UnitStatus;

import java.time.LocalDate;

/** A new membership status of a unit, effective from a date, with the reason (e.g. the decision). */
@Schema(example = """
        {"status":"SUSPENDED","effectiveFrom":"2026-03-01","reason":"Tạm ngừng kinh doanh 12 tháng"}""")
public record ChangeStatusRequest(@NotNull UnitStatus status, @NotNull LocalDate effectiveFrom,
                                  @Size(max = 1000) String reason) {
}
