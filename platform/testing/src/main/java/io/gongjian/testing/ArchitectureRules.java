package io.gongjian.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.gongjian.commons.api.IdempotentWrites;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;

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

    /**
     * Every POST takes an Idempotency-Key: its resource is {@link IdempotentWrites} (itself or a superclass), and it
     * answers a {@code Response} or {@code RestResponse}, which a replay of the first answer can stand in for.
     */
    public static void checkWritesTakeIdempotencyKeys(String basePackage) {
        methods()
                .that()
                .areAnnotatedWith(POST.class)
                .should(new ArchCondition<JavaMethod>("be idempotent writes answering a Response or RestResponse") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Class<?> resource = method.getOwner().reflect();
                        Class<?> answer = method.getRawReturnType().reflect();
                        boolean keyed = resource.isAnnotationPresent(IdempotentWrites.class);
                        boolean replayable =
                                Response.class.isAssignableFrom(answer) || RestResponse.class.isAssignableFrom(answer);
                        if (!keyed || !replayable) {
                            events.add(SimpleConditionEvent.violated(
                                    method,
                                    method.getFullName()
                                            + (keyed ? "" : " is not in an @IdempotentWrites resource")
                                            + (replayable ? "" : " answers " + answer.getSimpleName())));
                        }
                    }
                })
                .allowEmptyShould(true)
                .because("a client must be able to retry any write safely (Idempotency-Key)")
                .check(productionClasses(basePackage));
    }
}
