package dev.abmbridge.app.runtime;

import java.util.UUID;

/** Two instances sharing one H2 database (in memory here; a file with AUTO_SERVER for separate processes). */
class H2TwoInstancesTest extends TwoInstanceScenarios {

    @Override
    String newDatabaseUrl() {
        return "jdbc:h2:mem:runtime-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }
}
