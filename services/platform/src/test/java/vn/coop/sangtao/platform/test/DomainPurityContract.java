package vn.coop.sangtao.platform.test;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Each service's architecture test extends this with its base package, so that every service
 * keeps its domain classes free of frameworks under the same rule ({@link DomainRules}).
 */
public abstract class DomainPurityContract {

    private final String basePackage;

    protected DomainPurityContract(String basePackage) {
        this.basePackage = basePackage;
    }

    @Test
    void shouldKeepDomainClassesFreeOfFrameworksWhenTheServiceGrows() {
        assertThatCode(() -> DomainRules.checkDomainIsFrameworkFree(basePackage)).doesNotThrowAnyException();
    }
}
