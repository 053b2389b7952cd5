package vn.coop.sangtao.membership.club.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.coop.sangtao.membership.club.MemberKind;

import java.time.LocalDate;

@Schema(example = """
        {"kind":"PERSON","memberId":"7d3a…","joinedOn":"2024-01-15"}""")
record JoinClubRequest(@NotNull MemberKind kind, @NotBlank @Size(max = 64) String memberId,
                       @NotNull LocalDate joinedOn) {
}
