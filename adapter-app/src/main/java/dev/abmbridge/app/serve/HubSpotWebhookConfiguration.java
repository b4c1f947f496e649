package dev.abmbridge.app.serve;

import dev.abmbridge.app.runtime.ConnectionSyncService;
import dev.abmbridge.app.runtime.RunFailureRecorder;
import dev.abmbridge.app.runtime.RuntimeProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** HubSpot webhooks, on when {@code abm.serve.hubspot.connection} names the connection they re-sync. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty("abm.serve.hubspot.connection")
public class HubSpotWebhookConfiguration {

    @Bean
    WebhookResyncs hubSpotResyncs(ServeProperties properties, RuntimeProperties runtime,
                                  ConnectionSyncService service, RunFailureRecorder failures) {
        ServeProperties.HubSpot hubspot = properties.hubspot();
        RuntimeProperties.Connection connection = runtime.connections().get(hubspot.connection());
        if (connection == null) {
            throw new IllegalStateException("abm.serve.hubspot.connection is '" + hubspot.connection()
                    + "', which is not a configured connection (abm.runtime.connections.<name>): known are "
                    + runtime.connections().keySet());
        }
        return new WebhookResyncs(hubspot.connection(), hubspot.system(), connection.dryRun(), hubspot.debounce(),
                service, failures);
    }

    @Bean
    HubSpotWebhook hubSpotWebhook(ServeProperties properties, WebhookResyncs hubSpotResyncs, Clock clock) {
        ServeProperties.HubSpot hubspot = properties.hubspot();
        String secret = Secrets.resolve(hubspot.clientSecret(), hubspot.clientSecretFile(), "HubSpot client secret")
                .orElseThrow(() -> new IllegalStateException("HubSpot webhooks need the app's client secret:"
                        + " set ABM_SERVE_HUBSPOT_CLIENT_SECRET or abm.serve.hubspot.client-secret-file"));
        return new HubSpotWebhook(new HubSpotSignature(secret, hubspot.maxAge(), clock), hubSpotResyncs,
                hubspot.publicUrl());
    }
}
