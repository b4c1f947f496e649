package dev.abmbridge.salesforce;

import com.sforce.soap.partner.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check}: for every owned field, whether it exists, its type, and whether the API user can read and edit it
 * (from describe, which honours field-level security). One API call.
 */
public final class SalesforceSchemaCheck {

    private final SalesforceConfig config;
    private final SalesforceDescribe describe;

    public SalesforceSchemaCheck(SalesforceConfig config, SalesforceDescribe describe) {
        this.config = config;
        this.describe = describe;
    }

    public List<SalesforceFieldStatus> run() {
        describe.invalidate();
        List<SalesforceFieldStatus> statuses = new ArrayList<>();
        for (SalesforceFieldSpec spec : SalesforceFieldSpec.all(config)) {
            Field field = describe.field(spec.kind(), spec.apiName()).orElse(null);
            if (field == null) {
                statuses.add(new SalesforceFieldStatus(spec, false, null, false, false, spec.fullName()
                        + " is missing, or the API user cannot read it: run setup, or grant it in the permission set "
                        + config.permissionSet()));
                continue;
            }
            String type = field.getType().toString();
            String sized = type + (SalesforceValueFitter.isNumber(field.getType())
                    ? "(" + field.getPrecision() + "," + field.getScale() + ")"
                    : field.getLength() > 0 ? "(" + field.getLength() + ")" : "");
            String problem = null;
            if (!spec.accepts(type)) {
                problem = spec.fullName() + " is a " + type + " field; it must be " + spec.type();
            } else if (!field.isUpdateable()) {
                problem = "the API user can read but not edit " + spec.fullName() + ": grant edit in the permission set "
                        + config.permissionSet();
            }
            statuses.add(new SalesforceFieldStatus(spec, true, sized, true, field.isUpdateable(), problem));
        }
        return statuses;
    }
}
