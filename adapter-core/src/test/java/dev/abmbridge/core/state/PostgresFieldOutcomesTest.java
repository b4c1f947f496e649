package dev.abmbridge.core.state;

import dev.abmbridge.core.engine.TestDatabases;
import org.junit.jupiter.api.AfterEach;

import javax.sql.DataSource;

/**
 * The field-outcome scenarios on PostgreSQL (where a duplicate key aborts the whole transaction), each database a
 * fresh schema dropped afterwards.
 */
class PostgresFieldOutcomesTest extends FieldOutcomesScenarios {

    // Made with the instance: the scenarios open their store in a @BeforeEach that runs before this class's.
    private final TestDatabases.PostgresSchemas schemas = new TestDatabases.PostgresSchemas(TestDatabases.postgresUrl());

    @AfterEach
    void dropSchemas() {
        schemas.dropAll();
    }

    @Override
    DataSource newDatabase() {
        return schemas.fresh();
    }
}
