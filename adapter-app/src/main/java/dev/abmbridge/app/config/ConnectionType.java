package dev.abmbridge.app.config;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The systems a connection can be, with the roles each can take and those it takes unless told otherwise. */
public enum ConnectionType {

    /** Audiences are Salesforce Campaigns, one per contact audience, with its contacts as CampaignMembers. */
    SALESFORCE(EnumSet.of(ConnectionRole.SOURCE, ConnectionRole.SINK, ConnectionRole.AUDIENCES),
            EnumSet.of(ConnectionRole.SOURCE, ConnectionRole.SINK)),
    HUBSPOT(EnumSet.of(ConnectionRole.SOURCE, ConnectionRole.SINK, ConnectionRole.AUDIENCES),
            EnumSet.of(ConnectionRole.SOURCE, ConnectionRole.SINK, ConnectionRole.AUDIENCES)),
    LINKEDIN(EnumSet.of(ConnectionRole.AUDIENCES, ConnectionRole.ENGAGEMENT), EnumSet.of(ConnectionRole.AUDIENCES)),
    /**
     * Direct-mail and event lists: CSV files of the audiences naming the connection. Not a remote system: the
     * playbook names it by the connection's name, so a configuration may have several (a mail house, an event team).
     */
    MAILING_LIST(EnumSet.of(ConnectionRole.AUDIENCES), EnumSet.of(ConnectionRole.AUDIENCES));

    private final Set<ConnectionRole> possible;
    private final Set<ConnectionRole> defaults;

    ConnectionType(Set<ConnectionRole> possible, Set<ConnectionRole> defaults) {
        this.possible = possible;
        this.defaults = defaults;
    }

    public Set<ConnectionRole> possibleRoles() {
        return possible;
    }

    public Set<ConnectionRole> defaultRoles() {
        return defaults;
    }

    /**
     * The name used in the configuration ({@code type:}) and, except for a mailing list (named by its connection, see
     * {@link ConfiguredConnection#system()}), as the system's name in playbooks and reports.
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
