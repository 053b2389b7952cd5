package vn.coop.sangtao.awards.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.awards.catalogue.AwardType;
import vn.coop.sangtao.awards.catalogue.CatalogueService;
import vn.coop.sangtao.awards.catalogue.GrantingLevel;
import vn.coop.sangtao.awards.catalogue.Target;
import vn.coop.sangtao.awards.rule.Rule;
import vn.coop.sangtao.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/awards/catalogue")
@Tag(name = "Catalogue", description = "Danh mục hình thức khen thưởng theo Luật Thi đua, khen thưởng 2022, có phiên bản theo ngày")
class CatalogueController {

    private final CatalogueService catalogue;
    private final Clock clock;

    CatalogueController(CatalogueService catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Schema(example = """
            {"name":"Chiến sĩ thi đua cơ sở","target":"INDIVIDUAL","level":"ALLIANCE","amountMultiple":1.0,
             "merit":true,"highTitle":false,"validFrom":"2027-01-01","reason":"Nghị định mới về mức thưởng",
             "rules":[{"kind":"AWARD_IN_YEAR","award":"LDTT"},{"kind":"RECOGNISED_INITIATIVE","level":"UNIT","years":1}]}""")
    record VersionRequest(@NotBlank @Size(max = 200) String name, @NotNull Target target, @NotNull GrantingLevel level,
                          @NotNull @DecimalMin("0") @DecimalMax("100") Double amountMultiple, Boolean merit,
                          Boolean highTitle, @Size(max = 20) List<@NotNull Rule> rules, @NotNull LocalDate validFrom,
                          @NotBlank @Size(max = 500) String reason) {
    }

    @GetMapping
    @PreAuthorize(Roles.MEMBERS)
    @Operation(summary = "The award types in force on a day (today when left out), each with its rules and amount")
    List<AwardType> catalogue(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate asOf) {
        return catalogue.asOf(asOf == null ? LocalDate.now(clock) : asOf);
    }

    @GetMapping("/{code}/versions")
    @PreAuthorize(Roles.MEMBERS)
    List<AwardType> versions(@PathVariable String code) {
        return catalogue.versions(code);
    }

    @PutMapping("/{code}")
    @PreAuthorize(Roles.TENANT_ADMIN)
    @Operation(summary = "Add an award type, or a new version of one in force from validFrom",
            description = "Earlier versions are kept; 422 invalid-award-type names each rule that does not hold "
                    + "together; 409 when a version from that day exists")
    AwardType change(@PathVariable @Pattern(regexp = "[A-Z0-9_]{2,30}") String code,
                     @Valid @RequestBody VersionRequest request) {
        return catalogue.change(code, new CatalogueService.Entry(request.name(), request.target(), request.level(),
                request.amountMultiple(), !Boolean.FALSE.equals(request.merit()), Boolean.TRUE.equals(request.highTitle()),
                request.rules() == null ? List.of() : request.rules()), request.validFrom(), request.reason().trim());
    }
}
