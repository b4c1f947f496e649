package dev.abmbridge.core.state;

import dev.abmbridge.core.engine.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The page-storing scenarios on PostgreSQL, each database a fresh schema dropped afterwards. */
class PostgresStorePageTest extends StorePageScenarios {

    private String url;
    private final List<String> schemas = new ArrayList<>();

    @BeforeEach
    void server() {
        url = TestDatabases.postgresUrl();
    }

    @AfterEach
    void dropSchemas() {
        schemas.forEach(s -> TestDatabases.dropSchema(url, s));
    }

    @Override
    DataSource newDatabase() {
        String schema = "abm_" + UUID.randomUUID().toString().replace("-", "");
        schemas.add(schema);
        return TestDatabases.freshPostgresSchema(url, schema);
    }
}
