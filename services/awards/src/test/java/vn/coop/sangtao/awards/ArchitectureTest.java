package vn.coop.sangtao.awards;

import org.junit.jupiter.api.Test;
import vn.coop.sangtao.platform.test.DomainRules;

class ArchitectureTest {

    @Test
    void shouldKeepDomainClassesFreeOfFrameworksWhenTheServiceGrows() {
        DomainRules.checkDomainIsFrameworkFree("vn.coop.sangtao.awards");
    }
}
