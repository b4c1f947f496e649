package dev.abmbridge.salesforce;

import java.util.List;
import java.util.Map;

/**
 * What {@code setup} did, or in a dry run would do.
 *
 * @param toCreate  owned fields missing (or invisible) before setup: created with the Metadata API
 * @param toGrant   full names granted read and edit through the permission set
 * @param created   full names the Metadata API reported created or updated
 * @param failed    full name (or the permission set's name) to the Metadata API's error
 */
public record SalesforceSetupResult(boolean dryRun, String permissionSet, List<SalesforceFieldSpec> toCreate,
                                    List<String> toGrant, List<String> created, Map<String, String> failed) {

    public SalesforceSetupResult {
        toCreate = List.copyOf(toCreate);
        toGrant = List.copyOf(toGrant);
        created = List.copyOf(created);
        failed = Map.copyOf(failed);
    }

    public boolean nothingToDo() {
        return toCreate.isEmpty() && toGrant.isEmpty();
    }

    public boolean succeeded() {
        return failed.isEmpty();
    }
}
