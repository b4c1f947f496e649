package dev.abmbridge.core.state;

import dev.abmbridge.core.engine.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import javax.sql.DataSource;

/** The page-storing scenarios on PostgreSQL, each database a fresh schema dropped afterwards. */
class PostgresStorePageTest extends StorePageScenarios {

    private TestDatabases.PostgresSchemas schemas;

    @BeforeEach
    void server() {
        schemas = new TestDatabases.PostgresSchemas(TestDatabases.postgresUrl());
    }

    @AfterEach
    void dropSchemas() {
        schemas.dropAll();
    }

    @Override
    DataSource newDatabase() {
        return schemas.fresh();
    }
}
