package dev.abmbridge.core.rules;

import dev.abmbridge.core.model.ClassifiedContact;
import dev.abmbridge.core.playbook.Audience;

import java.util.List;

/** An account's place in one audience, with the contacts the audience takes from it (none for a company audience). */
public record AudienceMembership(Audience audience, List<ClassifiedContact> contacts) {

    public AudienceMembership {
        contacts = List.copyOf(contacts);
    }
}
