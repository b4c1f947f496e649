package dev.abmbridge.app.config;

import java.util.Map;

/**
 * The names of the owned fields in one system, by owned field ({@code fit-score}, {@code tier}, {@code is-icp},
 * {@code reason}, {@code coverage}, {@code missing-roles} on accounts; {@code role}, {@code seniority},
 * {@code function} on contacts). Fields not named keep the connector's default name.
 */
public record OwnedFieldNames(Map<String, String> account, Map<String, String> contact) {

    public OwnedFieldNames {
        account = account == null ? Map.of() : Map.copyOf(account);
        contact = contact == null ? Map.of() : Map.copyOf(contact);
    }
}
