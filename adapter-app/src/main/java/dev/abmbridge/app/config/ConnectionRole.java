package dev.abmbridge.app.config;

import java.util.Locale;

/** What the sync does with a connection. */
public enum ConnectionRole {
    /** Accounts and contacts are read from it. */
    SOURCE,
    /** Owned fields are written back to its records (a source only). */
    SINK,
    /** Playbook audiences naming the system are kept current in it. */
    AUDIENCES,
    /** Its ad engagement fills the accounts' engagement score (LinkedIn). */
    ENGAGEMENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
