package dev.abmbridge.salesforce;

import com.sforce.soap.partner.Field;
import dev.abmbridge.core.spi.RecordUpdate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One update as Salesforce will receive it, the same for a SOAP update and a Bulk row: owned fields only, by their
 * API names, values fitted to each field's length and precision from describe (null empties the field); or the
 * reason it cannot be sent at all (the field is missing or the API user cannot edit it), decided without a call.
 *
 * @param values  API name to fitted value, in the configured order; null empties the field
 * @param problem why the record is rejected before any call; null when it can be sent
 */
record SalesforceOwnedUpdate(String id, Map<String, String> values, String problem) {

    static SalesforceOwnedUpdate of(RecordUpdate update, SalesforceConfig config, SalesforceDescribe describe) {
        String object = SalesforceDescribe.objectName(update.kind());
        Map<String, String> values = new LinkedHashMap<>();
        for (var entry : update.fields().entrySet()) {
            String apiName = config.ownedFields(update.kind()).get(entry.getKey());
            if (apiName == null) {
                throw new IllegalArgumentException(entry.getKey() + " is not an owned field of " + update.kind());
            }
            Field field = describe.field(update.kind(), apiName).orElse(null);
            if (field == null) {
                return rejected(update.id(), "FIELD_MISSING: " + object + "." + apiName
                        + " does not exist or the API user cannot see it; run setup");
            }
            if (!field.isUpdateable()) {
                return rejected(update.id(), "FIELD_NOT_EDITABLE: the API user cannot edit " + object + "." + apiName
                        + "; grant it in the permission set " + config.permissionSet());
            }
            values.put(field.getName(), SalesforceValueFitter.fit(field, entry.getValue()));
        }
        return new SalesforceOwnedUpdate(update.id(), Collections.unmodifiableMap(values), null);
    }

    private static SalesforceOwnedUpdate rejected(String id, String problem) {
        return new SalesforceOwnedUpdate(id, Map.of(), problem);
    }

    boolean sendable() {
        return problem == null;
    }
}
