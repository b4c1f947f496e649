package dev.abmbridge.app.serve;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import dev.abmbridge.app.lookup.LookupConfiguration;
import dev.abmbridge.app.runtime.RuntimeProperties;
import dev.abmbridge.core.lookup.AccountDirectory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import dev.abmbridge.app.runtime.SyncRunner;
import dev.abmbridge.core.state.StateStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.integration.jdbc.metadata.JdbcMetadataStore;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The serve context around the runtime (dev.abmbridge.app.runtime): the {@link SyncRunner} over the application's
 * {@link ServedBridge}, metrics, health per connection, the status page and the webhooks.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ServeProperties.class)
@Import({LookupConfiguration.class, ServeSecurityConfiguration.class, LoginPage.class, StatusPage.class, HubSpotWebhookConfiguration.class})
public class ServeConfiguration {

    /** The application's bridge, or a stand-in that only reads the state store. */
    @Bean
    ServedBridgeHolder servedBridgeHolder(ObjectProvider<ServedBridge> bridge) {
        return new ServedBridgeHolder(bridge.getIfAvailable(UnconfiguredBridge::new));
    }

    @Bean
    SyncMetrics syncMetrics(MeterRegistry registry, StateStore store, ServedBridgeHolder bridge) {
        return new SyncMetrics(registry, store, bridge.bridge().quotaLeft());
    }

    @Bean
    SyncRunner meteredSyncRunner(ServedBridgeHolder bridge, SyncMetrics metrics, Clock clock) {
        return new MeteredSyncRunner(bridge.bridge(), metrics, clock);
    }

    /** The look-up API's directory: filled from the state store at start-up, then kept current by every sync. */
    @Bean
    SmartInitializingSingleton accountDirectoryFiller(ServedBridgeHolder bridge, AccountDirectory directory) {
        return () -> {
            bridge.bridge().observeAccounts(directory);
            bridge.bridge().evaluateAll();
        };
    }

    /** {@code /actuator/health/connections/<name>} for every configured connection. */
    @Bean
    HealthContributor connections(RuntimeProperties runtime, StateStore store, JdbcMetadataStore abmMetadataStore) {
        Map<String, HealthContributor> byName = new LinkedHashMap<>();
        runtime.connections().keySet().stream().sorted()
                .forEach(name -> byName.put(name, new ConnectionHealth(name, store, abmMetadataStore)));
        return CompositeHealthContributor.fromMap(byName);
    }

    /** Keeps the bridge out of the bean types, so that only the application's own bean is a ServedBridge. */
    record ServedBridgeHolder(ServedBridge bridge) {
    }
}
