package dev.abmbridge.core.playbook;

import java.util.List;

/**
 * A parsed and validated playbook (PLAYBOOK.md).
 *
 * @param hash SHA-256 of the canonical form: equal for playbooks that mean the same, whatever their comments
 *             or layout
 */
public record Playbook(int version, String name, IcpDefinition icp, BuyingRoles buyingRoles,
                       List<Audience> audiences, String hash) {

    public Playbook {
        audiences = List.copyOf(audiences);
    }

    /** The short form of the hash that reports show. */
    public String shortHash() {
        return hash.substring(0, 12);
    }
}
