package vn.coop.sangtao.campaigns;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.platform.test.DomainRules;

class ArchitectureTest {

    @Test
    void shouldKeepDomainClassesFreeOfFrameworksWhenTheServiceGrows() {
        DomainRules.checkDomainIsFrameworkFree("vn.coop.sangtao.campaigns");
    }
}
