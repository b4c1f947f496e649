package dev.abmbridge.app.runtime;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.dsl.context.IntegrationFlowContext;

import java.util.TimeZone;
import java.util.concurrent.Executor;

/**
 * One flow per configured connection, registered when the context starts: a cron poller (its error channel the
 * dead-letter route) hands a {@link SyncRequest} to the sync service; the outcome goes to the results channel.
 * Endpoints are named {@code abm.sync.<connection>.poller} and {@code abm.sync.<connection>.run}.
 */
public final class ConnectionPollers implements SmartInitializingSingleton {

    private final RuntimeProperties properties;
    private final ConnectionSyncService service;
    private final IntegrationFlowContext flows;
    private final Executor syncExecutor;

    /**
     * @param syncExecutor runs each tick off the shared scheduler thread, so a long sync of one connection never
     *                     delays the ticks of another
     */
    public ConnectionPollers(RuntimeProperties properties, ConnectionSyncService service, IntegrationFlowContext flows,
                             Executor syncExecutor) {
        this.properties = properties;
        this.service = service;
        this.flows = flows;
        this.syncExecutor = syncExecutor;
    }

    public static String pollerId(String connection) {
        return "abm.sync." + connection + ".poller";
    }

    @Override
    public void afterSingletonsInstantiated() {
        properties.connections().forEach((name, connection) ->
                flows.registration(flow(name, connection)).id("abm.sync." + name).register());
    }

    private IntegrationFlow flow(String name, RuntimeProperties.Connection connection) {
        SyncRequest request = new SyncRequest(name, connection.dryRun());
        return IntegrationFlow.fromSupplier(() -> request, e -> e.id(pollerId(name))
                        .poller(Pollers.cron(connection.cron(), TimeZone.getTimeZone(connection.zone()))
                                .maxMessagesPerPoll(1)
                                .taskExecutor(syncExecutor)
                                .errorChannel(RuntimeConfiguration.SYNC_ERRORS)))
                .handle(service, "sync", e -> e.id("abm.sync." + name + ".run"))
                .channel(RuntimeConfiguration.SYNC_RESULTS)
                .get();
    }
}
