package vn.coop.sangtao.platform.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.platform.security.Roles;

import java.util.List;

/** Lists the audit trail of one record of the caller's tenant. */
@RestController
@Validated
@RequestMapping("/api/${spring.application.name}/audit")
public class AuditController {

    private final AuditTrail audit;

    public AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize(Roles.STAFF_OR_NATIONAL)
    List<AuditEntry> forRecord(@RequestParam @NotBlank String aggregateId,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return audit.forAggregate(aggregateId, page, size);
    }
}
