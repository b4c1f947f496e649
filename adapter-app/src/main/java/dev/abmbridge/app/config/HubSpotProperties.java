package dev.abmbridge.app.config;

import dev.abmbridge.hubspot.HubSpotTier;

import java.time.Duration;
import java.util.List;

/**
 * A {@code type: hubspot} connection as written in abm-bridge.yml. Unset options keep the defaults of
 * {@link dev.abmbridge.hubspot.HubSpotConfig}. Either {@code token} (a private-app token or service key) or the
 * OAuth trio {@code client-id}, {@code client-secret}, {@code refresh-token}.
 */
public record HubSpotProperties(String type, List<String> roles, String url, String apiVersion, String token,
                                String clientId, String clientSecret, String refreshToken, HubSpotTier tier,
                                Integer tenSecondLimit, Long dailyLimit, Integer searchPerSecond,
                                Duration searchSettle,
                                Boolean nativeProperties, String salesforceIdProperty, OwnedFieldNames ownedFields) {
}
