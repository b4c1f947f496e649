package dev.abmbridge.core.playbook;

import dev.abmbridge.core.condition.Condition;

/** Gives {@code role} to a contact when {@code when} holds; a rule without a condition is the default. */
public record RoleRule(String role, Condition when) {

    public boolean isDefault() {
        return when == null;
    }
}
