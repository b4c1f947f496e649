package dev.abmbridge.core.playbook;

import dev.abmbridge.core.condition.Condition;

import java.util.List;

/**
 * An account-based audience: the accounts passing {@code accounts} and, for a contact audience, their
 * contacts passing {@code contacts}.
 *
 * @param contacts null for an audience of companies only
 */
public record Audience(String id, String name, Condition accounts, Condition contacts, List<String> destinations) {

    /** The destinations a playbook may name; each arrives with its connector. */
    public static final List<String> KNOWN_DESTINATIONS = List.of("linkedin", "hubspot", "salesforce");

    public Audience {
        destinations = List.copyOf(destinations);
    }

    public boolean hasContacts() {
        return contacts != null;
    }
}
