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

    public Audience {
        destinations = List.copyOf(destinations);
    }

    public boolean hasContacts() {
        return contacts != null;
    }
}
