package io.gongjian.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The layering every service keeps: a domain free of frameworks, an API that never touches persistence. */
public final class ArchitectureRules {

    private ArchitectureRules() {}

    public static JavaClasses productionClasses(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    /** The domain is plain Java: no Quarkus, Jakarta (persistence, REST, CDI), Hibernate, Kafka or infrastructure. */
    public static void checkDomainIsFrameworkFree(String basePackage) {
        noClasses()
                .that()
                .resideInAPackage(basePackage + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.quarkus..",
                        "jakarta..",
                        "javax.persistence..",
                        "org.hibernate..",
                        "org.apache.kafka..",
                        "io.smallrye..",
                        "io.vertx..",
                        "com.fasterxml.jackson..",
                        basePackage + ".infrastructure..",
                        basePackage + ".api..",
                        basePackage + ".application..")
                .allowEmptyShould(true)
                .because("the domain holds the rules and must be testable without starting Quarkus")
                .check(productionClasses(basePackage));
    }

    /** Resources talk to use cases, not to Panache or Kafka directly. */
    public static void checkApiDoesNotReachInfrastructure(String basePackage) {
        noClasses()
                .that()
                .resideInAPackage(basePackage + ".api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(basePackage + ".infrastructure..")
                .allowEmptyShould(true)
                .because("the API layer translates HTTP to use cases and back")
                .check(productionClasses(basePackage));
    }
}
