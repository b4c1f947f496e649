package dev.abmbridge.core.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import javax.sql.DataSource;

/** The same engine scenarios on PostgreSQL, each database a fresh schema dropped afterwards. */
class PostgresSyncEngineTest extends SyncEngineScenarios {

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
