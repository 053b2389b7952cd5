package vn.coop.sangtao.awards.council.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.awards.council.AwardCouncil;
import vn.coop.sangtao.awards.council.CouncilMember;
import vn.coop.sangtao.awards.council.CouncilService;
import vn.coop.sangtao.platform.security.Roles;

import java.util.List;

@RestController
@Validated
@RequestMapping("/api/awards/council")
@Tag(name = "Council", description = "Hội đồng thi đua, khen thưởng: thành viên, tỷ lệ có mặt và tỷ lệ thông qua trên tổng số thành viên")
class CouncilController {

    private final CouncilService councils;

    CouncilController(CouncilService councils) {
        this.councils = councils;
    }

    record MemberRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String fullName) {
    }

    @Schema(example = """
            {"members":[{"username":"nb.council1","fullName":"Đinh Văn Hùng"},{"username":"nb.council2","fullName":"Phạm Thị Lan"},
                        {"username":"nb.council3","fullName":"Vũ Minh Tâm"}],
             "quorumShare":0.6667,"passShare":0.5,"highTitlePassShare":0.9}""")
    record CouncilRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull MemberRequest> members, Double quorumShare,
                          Double passShare, Double highTitlePassShare) {
    }

    @PutMapping
    @PreAuthorize(Roles.TENANT_ADMIN)
    @Operation(summary = "Set the council and its marks",
            description = "Shares are of the council's total membership; left out, they are 2/3 for a quorum, "
                    + "1/2 to pass and 0.9 for high titles")
    AwardCouncil set(@Valid @RequestBody CouncilRequest request) {
        return councils.set(request.members().stream().map(m -> new CouncilMember(m.username(), m.fullName())).toList(),
                request.quorumShare(), request.passShare(), request.highTitlePassShare());
    }

    @GetMapping
    @PreAuthorize(Roles.MEMBERS)
    AwardCouncil get() {
        return councils.get();
    }
}
