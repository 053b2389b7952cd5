package vn.coop.sangtao.awards.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.awards.register.RegisterEntry;
import vn.coop.sangtao.awards.register.RegisterService;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.web.PageResponse;

@RestController
@Validated
@Tag(name = "Decision register", description = "Sổ quyết định khen thưởng: số, ngày, người được khen, hình thức và mức thưởng")
class RegisterController {

    private final RegisterService register;

    RegisterController(RegisterService register) {
        this.register = register;
    }

    @GetMapping("/api/awards/decisions")
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    @Operation(summary = "The decision register: the awards granted by decision, in the order of the decisions",
            description = "With year, the decisions dated that year. The amount is the award's multiple of the base "
                    + "salary (sangtao.awards.base-salary-vnd), in đồng")
    PageResponse<RegisterEntry> decisions(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                                          @RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return register.decisions(year, page, size);
    }
}
