package dev.abmbridge.app.config;

import dev.abmbridge.core.export.MailingListSettings;
import dev.abmbridge.hubspot.HubSpotConfig;
import dev.abmbridge.linkedin.LinkedInConfig;
import dev.abmbridge.salesforce.SalesforceCampaignConfig;
import dev.abmbridge.salesforce.SalesforceConfig;

import java.util.Set;

/** One validated connection of abm-bridge.yml, with its connector's own settings record. */
public sealed interface ConfiguredConnection {

    String name();

    ConnectionType type();

    Set<ConnectionRole> roles();

    default boolean has(ConnectionRole role) {
        return roles().contains(role);
    }

    /** The name playbook audiences list in their destinations and reports key counts by. */
    default String system() {
        return type().key();
    }

    record Salesforce(String name, Set<ConnectionRole> roles, SalesforceConfig settings,
                      SalesforceCampaignConfig campaigns) implements ConfiguredConnection {
        public Salesforce {
            roles = Set.copyOf(roles);
        }

        @Override
        public ConnectionType type() {
            return ConnectionType.SALESFORCE;
        }
    }

    record HubSpot(String name, Set<ConnectionRole> roles, HubSpotConfig settings) implements ConfiguredConnection {
        public HubSpot {
            roles = Set.copyOf(roles);
        }

        @Override
        public ConnectionType type() {
            return ConnectionType.HUBSPOT;
        }
    }

    /** LinkedIn takes its secrets as values, so they stay references here until the connector is built. */
    record LinkedIn(String name, Set<ConnectionRole> roles, LinkedInConfig settings, String clientId,
                    Secret clientSecret, Secret accessToken, Secret refreshToken) implements ConfiguredConnection {
        public LinkedIn {
            roles = Set.copyOf(roles);
        }

        @Override
        public ConnectionType type() {
            return ConnectionType.LINKEDIN;
        }
    }

    /** CSV lists in a folder; the connection's own name is its system, so several can coexist. */
    record MailingList(String name, Set<ConnectionRole> roles, MailingListSettings settings) implements ConfiguredConnection {
        public MailingList {
            roles = Set.copyOf(roles);
        }

        @Override
        public ConnectionType type() {
            return ConnectionType.MAILING_LIST;
        }

        @Override
        public String system() {
            return name;
        }
    }
}
