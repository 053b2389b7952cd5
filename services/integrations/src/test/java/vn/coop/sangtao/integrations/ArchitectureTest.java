package vn.coop.sangtao.integrations;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.platform.test.DomainRules;

class ArchitectureTest {

    @Test
    void shouldKeepDomainClassesFreeOfFrameworksWhenTheServiceGrows() {
        DomainRules.checkDomainIsFrameworkFree("vn.coop.sangtao.integrations");
    }
}
