package dev.abmbridge.core.playbook;

import java.util.List;

/**
 * How contacts get their buying role, and which roles an account's committee needs.
 *
 * @param trustSourceFields use the seniority and department the source carries instead of parsing the title
 * @param rules             first match wins
 * @param committee         required roles, in the order written
 */
public record BuyingRoles(boolean trustSourceFields, List<RoleRule> rules, List<String> committee) {

    public static final BuyingRoles NONE = new BuyingRoles(false, List.of(), List.of());

    public BuyingRoles {
        rules = List.copyOf(rules);
        committee = List.copyOf(committee);
    }
}
