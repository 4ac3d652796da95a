package io.gongjian.testing;

import io.gongjian.embedded.PostgresServer;
import io.gongjian.embedded.Readiness;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * A PostgreSQL server of its own for an outage drill, which stops it and starts it again on the same port and data
 * directory, so that stopping it disturbs no other test. Init argument {@code database} names the service's
 * database (and login). Pair it with a {@link Profile} (the profile and the resource may be read in different class
 * loaders: the port they share is a system property), and inject it into the test with a field of this type.
 */
public class StoppablePostgres implements QuarkusTestResourceLifecycleManager {

    private static final String PORT = "gongjian.test.outage-postgres.port";

    /**
     * Points the service at the drill's server; the high ordinal beats the shared server's test resource. Subclass
     * it with the database name, and add settings of the drill with {@link #overrides()}.
     */
    public abstract static class Profile implements QuarkusTestProfile {

        private final String database;

        protected Profile(String database) {
            this.database = database;
        }

        /** Further settings for the drill's application start. */
        protected Map<String, String> overrides() {
            return Map.of();
        }

        @Override
        public final Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(overrides());
            config.put("quarkus.datasource.jdbc.url", url(database));
            config.put("quarkus.datasource.username", database);
            config.put("quarkus.datasource.password", database);
            config.put("config_ordinal", "1000");
            return config;
        }
    }

    private String database = "test";
    private PostgresServer server;

    /** The JDBC address of {@code database} on the drill's server. */
    public static synchronized String url(String database) {
        if (System.getProperty(PORT) == null) {
            System.setProperty(PORT, Integer.toString(Readiness.freePort()));
        }
        return "jdbc:postgresql://127.0.0.1:" + System.getProperty(PORT) + "/" + database;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-outage-postgres"));
        url(database);
        startAgain().createServiceDatabase(database);
        return Map.of();
    }

    /** Starts the server (again), on the same port and data: what was committed before the outage is there. */
    public synchronized PostgresServer startAgain() {
        server = PostgresServer.start(
                TestInfrastructure.marker(),
                Integer.parseInt(System.getProperty(PORT)),
                TestInfrastructure.scratch(
                        "outage-postgres/data-" + ProcessHandle.current().pid()),
                TestInfrastructure.root().resolve("target/postgres-binaries"),
                TestInfrastructure.scratch("outage-postgres").resolve("postgres.log"));
        return server;
    }

    /** Stops the server: the outage begins. */
    @Override
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this, new TestInjector.MatchesType(StoppablePostgres.class));
    }
}
