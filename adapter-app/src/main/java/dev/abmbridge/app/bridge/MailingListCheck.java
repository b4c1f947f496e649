package dev.abmbridge.app.bridge;

import dev.abmbridge.core.export.MailingListSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code check} says about a mailing list: whether its folder can be written, and whether the Salesforce sources
 * read the address and opt-out fields it needs. Salesforce reads extra fields only when they are declared, so a list
 * would otherwise come out with every Salesforce contact unaddressed, or, worse, with opted-out contacts on it.
 * HubSpot sources read the address properties always. Reads the configuration and the file system only.
 */
final class MailingListCheck {

    /** The extra fields one Salesforce source declares. */
    record SourceFields(List<String> account, List<String> contact) {
    }

    record Result(List<String> problems, List<String> notes) {
    }

    private final MailingListSettings settings;
    private final Map<String, SourceFields> salesforceSources;

    /** @param salesforceSources the Salesforce source connections by name */
    MailingListCheck(MailingListSettings settings, Map<String, SourceFields> salesforceSources) {
        this.settings = settings;
        this.salesforceSources = salesforceSources;
    }

    Result run() {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        folder(problems, notes);
        salesforceSources.forEach((name, fields) -> {
            boolean contactStreet = readsAny(fields.contact(), settings.contactStreet());
            boolean accountStreet = readsAny(fields.account(), settings.accountStreet());
            if (!contactStreet && !accountStreet) {
                problems.add("salesforce connection '" + name + "' reads no street field, so every contact of it would be "
                        + "unaddressed: add " + first(settings.contactStreet()) + ", " + first(settings.contactCity()) + ", "
                        + first(settings.contactState()) + ", " + first(settings.contactPostalCode())
                        + " to its contact-custom-fields and " + first(settings.accountStreet()) + ", "
                        + first(settings.accountPostalCode()) + " to its account-custom-fields");
            } else if (contactStreet && !readsAny(fields.contact(), settings.contactCity())) {
                problems.add("salesforce connection '" + name + "' reads the contacts' street but not their city: add "
                        + first(settings.contactCity()) + " to its contact-custom-fields");
            }
            if (!settings.optOutFields().isEmpty() && !readsAny(fields.contact(), settings.optOutFields())) {
                problems.add("salesforce connection '" + name + "' reads none of the opt-out fields "
                        + String.join(", ", settings.optOutFields()) + ", so opted-out contacts would be listed: add "
                        + "those your org has to its contact-custom-fields (a field the org lacks fails the pull)");
            }
        });
        if (settings.optOutFields().isEmpty()) {
            notes.add("no opt-out fields: every member with an address is listed");
        }
        return new Result(problems, notes);
    }

    /** Writable now, or creatable by the first sync (or {@code setup}) under a writable parent. */
    private void folder(List<String> problems, List<String> notes) {
        Path dir = settings.dir();
        if (Files.isDirectory(dir)) {
            if (Files.isWritable(dir)) {
                notes.add("writes the lists to " + dir);
            } else {
                problems.add("cannot write to " + dir + ": give the user running abm-bridge write access to it");
            }
            return;
        }
        Path parent = dir.toAbsolutePath().getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent != null && Files.isDirectory(parent) && Files.isWritable(parent)) {
            notes.add("writes the lists to " + dir + " (created by the first sync, or now by 'abm-bridge setup')");
        } else {
            problems.add("cannot create " + dir + ": create it, writable by the user running abm-bridge, or choose "
                    + "another 'directory'");
        }
    }

    private static boolean readsAny(List<String> read, List<String> wanted) {
        return wanted.stream().anyMatch(w -> read.stream().anyMatch(r -> r.equalsIgnoreCase(w)));
    }

    private static String first(List<String> fields) {
        return fields.isEmpty() ? "(none)" : fields.get(0);
    }
}
