package dev.abmbridge.core.state;

import dev.abmbridge.core.engine.TestDatabases;

import javax.sql.DataSource;

/** The field-outcome scenarios on H2, the zero-set-up default store. */
class H2FieldOutcomesTest extends FieldOutcomesScenarios {

    @Override
    DataSource newDatabase() {
        return TestDatabases.freshH2();
    }
}
