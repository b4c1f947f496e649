package dev.abmbridge.app.serve;

import dev.abmbridge.app.runtime.ConnectionSyncService;
import dev.abmbridge.app.runtime.RunFailureRecorder;
import dev.abmbridge.core.state.DeadLetter;
import dev.abmbridge.core.state.StateStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.integration.metadata.MetadataStore;

import java.util.Optional;

/**
 * One connection's health, from what its runs left behind (no system is called): DOWN while its last run failed
 * (the run-level dead letter, with the reason), UP once a run succeeded, UNKNOWN before its first run.
 */
final class ConnectionHealth implements HealthIndicator {

    private final String connection;
    private final StateStore store;
    private final MetadataStore metadata;

    ConnectionHealth(String connection, StateStore store, MetadataStore metadata) {
        this.connection = connection;
        this.store = store;
        this.metadata = metadata;
    }

    @Override
    public Health health() {
        Optional<DeadLetter> failure = store.deadLetters().stream()
                .filter(d -> d.kind().equals(RunFailureRecorder.RUN_KIND) && d.id().equals(connection)
                        && !d.discarded())
                .findFirst();
        String succeeded = metadata.get(ConnectionSyncService.metadataKey(connection, "lastSucceeded"));
        Health.Builder health = failure.isPresent() ? Health.down() : succeeded != null ? Health.up() : Health.unknown();
        failure.ifPresent(d -> health.withDetail("lastFailure", d.reason()).withDetail("failedRuns", d.attempts()));
        if (succeeded != null) {
            health.withDetail("lastSucceeded", succeeded.split(" ")[0]);
        }
        String started = metadata.get(ConnectionSyncService.metadataKey(connection, "lastStarted"));
        if (started != null) {
            health.withDetail("lastStarted", started);
        }
        return health.build();
    }
}
