package dev.abmbridge.core.engine;

import javax.sql.DataSource;

/** The engine scenarios on H2, the zero-set-up default store. */
class H2SyncEngineTest extends SyncEngineScenarios {

    @Override
    DataSource newDatabase() {
        return TestDatabases.freshH2();
    }
}
