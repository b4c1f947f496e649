package dev.abmbridge.salesforce;

import com.sforce.soap.metadata.CustomField;
import com.sforce.soap.metadata.FieldType;
import com.sforce.soap.metadata.Metadata;
import com.sforce.soap.metadata.PermissionSet;
import com.sforce.soap.metadata.PermissionSetFieldPermissions;
import com.sforce.soap.metadata.UpsertResult;
import dev.abmbridge.salesforce.client.SalesforceSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code setup}: creates the owned fields that are missing with the Metadata API ({@code upsertMetadata CustomField},
 * ten per call) and grants read and edit on every field that needs it through the configured permission set (new
 * custom fields have no field-level security). A dry run only reports what it would do. Never changes a field that
 * exists with a different type: {@code check} reports those.
 */
public final class SalesforceSchemaSetup {

    static final int COMPONENTS_PER_CALL = 10;

    private final SalesforceConfig config;
    private final SalesforceSession session;
    private final SalesforceDescribe describe;

    public SalesforceSchemaSetup(SalesforceConfig config, SalesforceSession session, SalesforceDescribe describe) {
        this.config = config;
        this.session = session;
        this.describe = describe;
    }

    public SalesforceSetupResult dryRun() {
        return run(true);
    }

    public SalesforceSetupResult apply() {
        return run(false);
    }

    private SalesforceSetupResult run(boolean dryRun) {
        List<SalesforceFieldSpec> toCreate = new ArrayList<>();
        List<String> toGrant = new ArrayList<>();
        for (SalesforceFieldStatus status : new SalesforceSchemaCheck(config, describe).run()) {
            if (!status.exists()) {
                toCreate.add(status.spec());
                toGrant.add(status.spec().fullName());
            } else if (!status.editable()) {
                toGrant.add(status.spec().fullName());
            }
        }
        List<String> created = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        if (dryRun || (toCreate.isEmpty() && toGrant.isEmpty())) {
            return new SalesforceSetupResult(dryRun, config.permissionSet(), toCreate, toGrant, created, failed);
        }
        for (int i = 0; i < toCreate.size(); i += COMPONENTS_PER_CALL) {
            Metadata[] chunk = toCreate.subList(i, Math.min(toCreate.size(), i + COMPONENTS_PER_CALL)).stream()
                    .map(SalesforceSchemaSetup::customField).toArray(Metadata[]::new);
            collect(session.metadata("upsertMetadata", c -> c.upsertMetadata(chunk)), created, failed);
        }
        List<String> grantable = toGrant.stream().filter(f -> !failed.containsKey(f)).toList();
        if (!grantable.isEmpty()) {
            PermissionSet permissions = new PermissionSet();
            permissions.setFullName(config.permissionSet());
            permissions.setLabel(config.permissionSet().replace('_', ' '));
            permissions.setDescription("Field access for the ABM Bridge integration user");
            permissions.setFieldPermissions(grantable.stream().map(SalesforceSchemaSetup::grant)
                    .toArray(PermissionSetFieldPermissions[]::new));
            UpsertResult[] results = session.metadata("upsertMetadata", c -> c.upsertMetadata(new Metadata[] {permissions}));
            List<String> ignored = new ArrayList<>();
            collect(results, ignored, failed);
        }
        describe.invalidate();
        return new SalesforceSetupResult(false, config.permissionSet(), toCreate, grantable, created, failed);
    }

    private static void collect(UpsertResult[] results, List<String> created, Map<String, String> failed) {
        for (UpsertResult r : results) {
            if (r.isSuccess()) {
                created.add(r.getFullName());
            } else {
                StringBuilder reason = new StringBuilder();
                for (com.sforce.soap.metadata.Error e : r.getErrors()) {
                    reason.append(reason.length() == 0 ? "" : "; ").append(e.getStatusCode()).append(": ").append(e.getMessage());
                }
                failed.put(r.getFullName(), reason.toString());
            }
        }
    }

    static CustomField customField(SalesforceFieldSpec spec) {
        CustomField field = new CustomField();
        field.setFullName(spec.fullName());
        field.setLabel(spec.label());
        field.setDescription(spec.description());
        field.setType(FieldType.valueOf(spec.type()));
        switch (spec.type()) {
            case "Number", "Percent" -> {
                field.setPrecision(spec.precision());
                field.setScale(spec.scale());
            }
            case "Text" -> field.setLength(spec.length());
            case "LongTextArea" -> {
                field.setLength(spec.length());
                field.setVisibleLines(3);
            }
            case "Checkbox" -> field.setDefaultValue("false");
            default -> throw new IllegalStateException("no definition for " + spec.type());
        }
        return field;
    }

    private static PermissionSetFieldPermissions grant(String fullName) {
        PermissionSetFieldPermissions p = new PermissionSetFieldPermissions();
        p.setField(fullName);
        p.setReadable(true);
        p.setEditable(true);
        return p;
    }
}
