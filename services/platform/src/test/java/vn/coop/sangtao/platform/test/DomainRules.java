package vn.coop.sangtao.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Domain classes (aggregates, value types, events) decide; they import nothing from Spring, the
 * document store or the web. Services, repositories, controllers, consumers and configuration are
 * where those live, by name or by package.
 */
public final class DomainRules {

    private DomainRules() {
    }

    public static void checkDomainIsFrameworkFree(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(basePackage);
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackages("..web..", "..inbound..", "..config..")
                .and().haveSimpleNameNotEndingWith("Service")
                .and().haveSimpleNameNotEndingWith("Repository")
                .and().haveSimpleNameNotEndingWith("Application")
                .and().haveSimpleNameNotEndingWith("Seed")
                .and().haveSimpleNameNotEndingWith("Worker")
                .and().haveSimpleNameNotEndingWith("Properties")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.mongodb..", "org.bson..", "jakarta.servlet..", "tools.jackson..")
                .because("aggregates decide and services save (DESIGN.md, style rule 2)");
        rule.check(classes);
    }
}
