package dev.abmbridge.core.state;

import dev.abmbridge.core.engine.TestDatabases;

import javax.sql.DataSource;

/** The page-storing scenarios on H2, the zero-set-up default store. */
class H2StorePageTest extends StorePageScenarios {

    @Override
    DataSource newDatabase() {
        return TestDatabases.freshH2();
    }
}
