package dev.abmbridge.app.runtime;

import dev.abmbridge.core.engine.TestDatabases;
import org.junit.jupiter.api.AfterEach;

import java.util.UUID;

/**
 * Two instances on one PostgreSQL ({@code ABM_TEST_POSTGRES_URL}), in a fresh schema dropped afterwards. Skipped
 * on a machine without PostgreSQL, failed when {@code CI=true}.
 */
class PostgresTwoInstancesTest extends TwoInstanceScenarios {

    private String server;
    private String schema;

    @Override
    String newDatabaseUrl() {
        server = TestDatabases.postgresUrl();
        schema = "abm_rt_" + UUID.randomUUID().toString().replace("-", "");
        TestDatabases.freshPostgresSchema(server, schema);
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            closeInstances();
            TestDatabases.dropSchema(server, schema);
        }
    }
}
