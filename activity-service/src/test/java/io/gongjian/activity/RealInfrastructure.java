package io.gongjian.activity;

import io.gongjian.testing.KafkaResource;
import io.gongjian.testing.KeycloakResource;
import io.gongjian.testing.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every test of this service runs against a real PostgreSQL, Kafka broker and Keycloak. */
@WithTestResource(
        value = PostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "activity"),
        scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
public final class RealInfrastructure {

    private RealInfrastructure() {}
}
