package vn.coop.sangtao.platform.messaging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.coop.sangtao.platform.security.Actor;
import vn.coop.sangtao.platform.security.Roles;
import vn.coop.sangtao.platform.tenant.TenantContext;

import java.util.List;
import java.util.function.Predicate;

/**
 * Dead letters of this service, for operators: the platform admin sees them all, a tenant admin
 * only those of their tenant.
 */
@RestController
@Validated
@RequestMapping("/api/${spring.application.name}/admin/dead-letters")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @PreAuthorize(Roles.OPERATORS)
    List<DeadLetter> list(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) throws Exception {
        return deadLetters.list(visibleToCaller(), limit);
    }

    @PostMapping("/{topic}/{partition}/{offset}/replay")
    @PreAuthorize(Roles.OPERATORS)
    DeadLetter replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset)
            throws Exception {
        return deadLetters.replay(topic, partition, offset, visibleToCaller());
    }

    private static Predicate<DeadLetter> visibleToCaller() {
        if (Actor.roles().contains("PLATFORM_ADMIN")) {
            return letter -> true;
        }
        String tenant = TenantContext.require();
        return letter -> tenant.equals(letter.tenantId());
    }
}
