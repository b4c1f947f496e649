package dev.abmbridge.core.model;

import dev.abmbridge.core.title.JobFunction;
import dev.abmbridge.core.title.Seniority;

/**
 * A contact with its parsed title and, once classified, its buying role.
 *
 * @param role null while the buying role is being decided
 */
public record ClassifiedContact(Contact contact, Seniority seniority, JobFunction function, String role) {

    public ClassifiedContact withRole(String newRole) {
        return new ClassifiedContact(contact, seniority, function, newRole);
    }
}
