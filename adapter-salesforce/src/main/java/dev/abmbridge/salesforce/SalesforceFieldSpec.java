package dev.abmbridge.salesforce;

import dev.abmbridge.core.spi.OwnedFields;
import dev.abmbridge.core.spi.RecordKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The definition {@code setup} gives an owned field: Metadata API type, size and label.
 *
 * @param type the Metadata API field type (Number, Percent, Text, LongTextArea, Checkbox)
 */
public record SalesforceFieldSpec(RecordKind kind, String ownedField, String apiName, String label, String type, int length,
                                  int precision, int scale, String description) {

    public String fullName() {
        return SalesforceDescribe.objectName(kind) + "." + apiName;
    }

    /** Whether a field of this describe type can hold the owned field's values. */
    public boolean accepts(String describeType) {
        return switch (type) {
            case "Number", "Percent" -> List.of("double", "int", "percent", "currency", "long").contains(describeType);
            case "Checkbox" -> describeType.equals("boolean");
            default -> List.of("string", "textarea", "picklist").contains(describeType);
        };
    }

    /** The owned fields of both objects under the configured API names. */
    public static List<SalesforceFieldSpec> all(SalesforceConfig config) {
        List<SalesforceFieldSpec> specs = new ArrayList<>();
        Map<String, String> a = config.accountFields();
        specs.add(number(RecordKind.ACCOUNT, OwnedFields.FIT_SCORE, a, "ABM Fit Score", "Number", "ICP fit score 0-100"));
        specs.add(text(RecordKind.ACCOUNT, OwnedFields.TIER, a, "ABM Tier", 80, "Playbook tier"));
        specs.add(new SalesforceFieldSpec(RecordKind.ACCOUNT, OwnedFields.IS_ICP, a.get(OwnedFields.IS_ICP), "ABM Is ICP",
                "Checkbox", 0, 0, 0, "Matches the ideal customer profile"));
        specs.add(new SalesforceFieldSpec(RecordKind.ACCOUNT, OwnedFields.REASON, a.get(OwnedFields.REASON), "ABM Reason",
                "LongTextArea", 1000, 0, 0, "Why the account scored as it did"));
        specs.add(number(RecordKind.ACCOUNT, OwnedFields.COVERAGE, a, "ABM Coverage", "Percent",
                "Buying-committee roles present, percent"));
        specs.add(text(RecordKind.ACCOUNT, OwnedFields.MISSING_ROLES, a, "ABM Missing Roles", 255,
                "Buying-committee roles without a contact"));
        Map<String, String> c = config.contactFields();
        specs.add(text(RecordKind.CONTACT, OwnedFields.ROLE, c, "ABM Buying Role", 80, "Buying role from the playbook"));
        specs.add(text(RecordKind.CONTACT, OwnedFields.SENIORITY, c, "ABM Seniority", 40, "Seniority parsed from the title"));
        specs.add(text(RecordKind.CONTACT, OwnedFields.FUNCTION, c, "ABM Function", 40, "Job function parsed from the title"));
        return specs;
    }

    private static SalesforceFieldSpec number(RecordKind kind, String owned, Map<String, String> names, String label, String type,
                                              String description) {
        return new SalesforceFieldSpec(kind, owned, names.get(owned), label, type, 0, 3, 0, description);
    }

    private static SalesforceFieldSpec text(RecordKind kind, String owned, Map<String, String> names, String label, int length,
                                            String description) {
        return new SalesforceFieldSpec(kind, owned, names.get(owned), label, "Text", length, 0, 0, description);
    }
}
