package dev.abmbridge.app.bridge;

import dev.abmbridge.app.config.BridgeConfig;
import dev.abmbridge.app.config.ConfiguredConnection;
import dev.abmbridge.app.config.ConnectionRole;
import dev.abmbridge.app.config.Secret;
import dev.abmbridge.core.engine.SyncConnection;
import dev.abmbridge.core.export.MailingListDestination;
import dev.abmbridge.core.playbook.Audience;
import dev.abmbridge.core.spi.AudienceDestination;
import dev.abmbridge.core.spi.EngagementSource;
import dev.abmbridge.core.state.StateStore;
import dev.abmbridge.hubspot.HubSpotAudienceDestination;
import dev.abmbridge.hubspot.HubSpotConnection;
import dev.abmbridge.hubspot.HubSpotInsightSink;
import dev.abmbridge.hubspot.HubSpotSchemaCheck;
import dev.abmbridge.hubspot.HubSpotSchemaSetup;
import dev.abmbridge.hubspot.HubSpotSecrets;
import dev.abmbridge.hubspot.HubSpotSourceConnector;
import dev.abmbridge.linkedin.LinkedInConnector;
import dev.abmbridge.linkedin.LinkedInCredentials;
import dev.abmbridge.linkedin.LinkedInMemberDetails;
import dev.abmbridge.linkedin.StateStoreLinkedInOrganizationCache;
import dev.abmbridge.linkedin.StateStoreLinkedInSegmentRegistry;
import dev.abmbridge.linkedin.client.JdkLinkedInTransport;
import dev.abmbridge.salesforce.SalesforceCampaignDestination;
import dev.abmbridge.salesforce.SalesforceConnector;
import dev.abmbridge.salesforce.SalesforceFieldStatus;
import dev.abmbridge.salesforce.SalesforceSetupResult;
import dev.abmbridge.salesforce.StateStoreSalesforceCampaignRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The connectors of a configuration, opened: one per connection, with the roles the configuration gives it.
 * Opening resolves the secrets (by reference, from the environment or files) but calls no system; {@link #check()}
 * and {@link #setup(boolean)} do.
 */
public final class Connectors {

    private final List<Opened> opened;
    private final Redactor redactor;

    /** One connection with its connector. */
    private sealed interface Opened {
        ConfiguredConnection config();
    }

    private record Salesforce(ConfiguredConnection.Salesforce config, SalesforceConnector connector) implements Opened {
    }

    private record HubSpot(ConfiguredConnection.HubSpot config, HubSpotConnection connection) implements Opened {
    }

    private record LinkedIn(ConfiguredConnection.LinkedIn config, LinkedInConnector connector) implements Opened {
    }

    /** Files only: nothing to open until a run writes them. */
    private record MailingList(ConfiguredConnection.MailingList config) implements Opened {
    }

    private Connectors(List<Opened> opened, Redactor redactor) {
        this.opened = List.copyOf(opened);
        this.redactor = redactor;
    }

    public static Connectors open(BridgeConfig config, UnaryOperator<String> environment, Clock clock) {
        Path baseDir = config.baseDir();
        List<Opened> opened = new ArrayList<>();
        for (ConfiguredConnection c : config.connections()) {
            if (c instanceof ConfiguredConnection.Salesforce sf) {
                opened.add(new Salesforce(sf, SalesforceConnector.create(sf.settings(), environment, clock)));
            } else if (c instanceof ConfiguredConnection.HubSpot hs) {
                opened.add(new HubSpot(hs, HubSpotConnection.open(hs.settings(), new HubSpotSecrets(environment::apply), clock,
                        dev.abmbridge.hubspot.client.Sleeper.REAL)));
            } else if (c instanceof ConfiguredConnection.LinkedIn li) {
                opened.add(new LinkedIn(li, new LinkedInConnector(li.settings(),
                        new LinkedInCredentials(li.clientId(), value(li.clientSecret(), environment, baseDir),
                                value(li.accessToken(), environment, baseDir), null,
                                value(li.refreshToken(), environment, baseDir), null),
                        new JdkLinkedInTransport(), clock, dev.abmbridge.linkedin.client.Sleeper.REAL)));
            } else if (c instanceof ConfiguredConnection.MailingList ml) {
                opened.add(new MailingList(ml));
            }
        }
        return new Connectors(opened, Redactor.of(config, environment));
    }

    private static String value(Secret secret, UnaryOperator<String> environment, Path baseDir) {
        return secret == null ? null : secret.resolve(environment, baseDir);
    }

    /** Sources (with their sinks when the connection is one), in the configuration's order. */
    public List<SyncConnection> syncConnections() {
        List<SyncConnection> out = new ArrayList<>();
        for (Opened o : opened) {
            if (!o.config().has(ConnectionRole.SOURCE)) {
                continue;
            }
            boolean sink = o.config().has(ConnectionRole.SINK);
            if (o instanceof Salesforce sf) {
                out.add(new SyncConnection(sf.connector().source(), sink ? sf.connector().sink() : null));
            } else if (o instanceof HubSpot hs) {
                out.add(new SyncConnection(new HubSpotSourceConnector(hs.connection()),
                        sink ? new HubSpotInsightSink(hs.connection()) : null));
            }
        }
        return out;
    }

    public List<AudienceDestination> audienceDestinations(StateStore store, List<Audience> audiences) {
        List<AudienceDestination> out = new ArrayList<>();
        for (Opened o : opened) {
            if (!o.config().has(ConnectionRole.AUDIENCES)) {
                continue;
            }
            if (o instanceof Salesforce sf) {
                out.add(new SalesforceCampaignDestination(SalesforceConnector.SYSTEM, sf.connector(),
                        sf.config().campaigns(), new StateStoreSalesforceCampaignRegistry(store, SalesforceConnector.SYSTEM),
                        audiences));
            } else if (o instanceof HubSpot hs) {
                out.add(new HubSpotAudienceDestination(hs.connection()));
            } else if (o instanceof LinkedIn li) {
                out.add(li.connector().audienceDestination(
                        new StateStoreLinkedInSegmentRegistry(store, li.connector().config().system()),
                        LinkedInMemberDetails.NONE));
            } else if (o instanceof MailingList ml) {
                out.add(new MailingListDestination(ml.config().name(), ml.config().settings(), store, audiences));
            }
        }
        return out;
    }

    public List<EngagementSource> engagementSources(StateStore store) {
        List<EngagementSource> out = new ArrayList<>();
        for (Opened o : opened) {
            if (o instanceof LinkedIn li && li.config().has(ConnectionRole.ENGAGEMENT)) {
                out.add(li.connector().engagementSource(
                        new StateStoreLinkedInOrganizationCache(store, li.connector().config().system())));
            }
        }
        return out;
    }

    /** Calls every system: credentials, owned fields, permissions. Never throws for a system's failure. */
    public List<ConnectionCheck> check() {
        List<ConnectionCheck> out = new ArrayList<>();
        for (Opened o : opened) {
            List<String> problems = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            boolean reached = true;
            try {
                if (o instanceof Salesforce sf) {
                        for (SalesforceFieldStatus s : sf.connector().schemaCheck().run()) {
                            if (s.ok()) {
                                notes.add(s.spec().fullName() + " " + s.type() + " readable and editable");
                            } else {
                                problems.add(s.problem());
                            }
                        }
                } else if (o instanceof HubSpot hs) {
                        for (HubSpotSchemaCheck.Finding f : new HubSpotSchemaCheck(hs.connection()).check()) {
                            problems.add(f + (f.fixable() ? ": run 'abm-bridge setup' to create it" : ""));
                        }
                        if (problems.isEmpty()) {
                            notes.add("property group, owned and native properties in place");
                        }
                } else if (o instanceof MailingList ml) {
                    MailingListCheck.Result r = new MailingListCheck(ml.config().settings(), sourceFields()).run();
                    problems.addAll(r.problems());
                    notes.addAll(r.notes());
                } else if (o instanceof LinkedIn li) {
                        for (String finding : li.connector().checkOnline()) {
                            if (finding.startsWith("OK")) {
                                notes.add(finding.replaceFirst("^OK: ", ""));
                            } else {
                                problems.add(finding);
                            }
                        }
                }
            } catch (RuntimeException e) {
                reached = false;
                problems.add("cannot reach " + o.config().type().key() + ": " + redactor.message(e)
                        + " (check the url and the credentials' references in the configuration)");
            }
            out.add(new ConnectionCheck(o.config().name(), o.config().type().key(), reached, problems, notes));
        }
        return out;
    }

    /** The extra fields each Salesforce source reads, by connection name (HubSpot reads addresses always). */
    private Map<String, MailingListCheck.SourceFields> sourceFields() {
        Map<String, MailingListCheck.SourceFields> out = new LinkedHashMap<>();
        for (Opened o : opened) {
            if (o instanceof Salesforce sf && sf.config().has(ConnectionRole.SOURCE)) {
                out.put(sf.config().name(), new MailingListCheck.SourceFields(sf.config().settings().accountCustomFields(),
                        sf.config().settings().contactCustomFields()));
            }
        }
        return out;
    }

    /**
     * Creates the owned fields and grants access where the system allows it (Salesforce, HubSpot), and the folders of
     * the mailing lists.
     */
    public List<SetupAction> setup(boolean dryRun) {
        List<SetupAction> out = new ArrayList<>();
        for (Opened o : opened) {
            String name = o.config().name();
            String system = o.config().type().key();
            if (o instanceof Salesforce sf) {
                    SalesforceSetupResult r = dryRun ? sf.connector().schemaSetup().dryRun() : sf.connector().schemaSetup().apply();
                    r.toCreate().forEach(f -> out.add(new SetupAction(name, system, "create field " + f.fullName(), !dryRun)));
                    r.toGrant().forEach(f -> out.add(new SetupAction(name, system, "grant read and edit of " + f
                            + " through permission set " + r.permissionSet(), !dryRun)));
                    r.failed().forEach((what, why) -> out.add(new SetupAction(name, system, "FAILED " + what + ": " + why,
                            false)));
            } else if (o instanceof HubSpot hs) {
                new HubSpotSchemaSetup(hs.connection()).setup(dryRun)
                        .forEach(a -> out.add(new SetupAction(name, system, a, !dryRun)));
            } else if (o instanceof MailingList ml) {
                Path dir = ml.config().settings().dir();
                if (!Files.isDirectory(dir)) {
                    if (!dryRun) {
                        try {
                            Files.createDirectories(dir);
                        } catch (IOException e) {
                            out.add(new SetupAction(name, system, "FAILED create folder " + dir + ": "
                                    + e.getClass().getSimpleName(), false));
                            continue;
                        }
                    }
                    out.add(new SetupAction(name, system, "create folder " + dir, !dryRun));
                }
            }
            // LinkedIn: segments are created on the first sync that has members for them; nothing to prepare.
        }
        return out;
    }
}
