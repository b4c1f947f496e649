package dev.abmbridge.sandbox.salesforce;

import dev.abmbridge.sandbox.auth.TokenRegistry;
import dev.abmbridge.sandbox.auth.TokenStatus;
import dev.abmbridge.sandbox.http.EmulatorResponse;
import dev.abmbridge.sandbox.ledger.ApiCallLedger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * The Metadata API endpoint ({@code /services/Soap/m/62.0}): {@code upsertMetadata} for CustomField and
 * PermissionSet. A new custom field is invisible to the API user until a permission set grants it.
 * Every permission set counts as assigned to the API user.
 */
final class MetadataSoapApi {

    private record Outcome(String fullName, boolean created, SaveError error) {
    }

    private final SalesforceOrg org;
    private final TokenRegistry tokens;
    private final ApiCallLedger ledger;

    MetadataSoapApi(SalesforceOrg org, TokenRegistry tokens, ApiCallLedger ledger) {
        this.org = org;
        this.tokens = tokens;
        this.ledger = ledger;
    }

    EmulatorResponse handle(String body) {
        SoapRequest request = SoapRequest.parse(body);
        if (request == null) {
            return EmulatorResponse.xml(500, SoapEnvelopes.clientFault("Unable to parse the request as a SOAP envelope"));
        }
        try {
            if (tokens.status(request.sessionId()) != TokenStatus.VALID) {
                throw SalesforceFault.invalidSession();
            }
            if (!request.operation().equals("upsertMetadata")) {
                throw SalesforceFault.unexpected("UNKNOWN_EXCEPTION", "The sandbox does not emulate the operation " + request.operation());
            }
            List<Element> components = Xml.children(request.body(), "metadata");
            ledger.record("salesforce-metadata", "upsertMetadata", components.size());
            if (components.size() > 10) {
                throw SalesforceFault.unexpected("EXCEEDED_ID_LIMIT", "Cannot have more than 10 components in one call");
            }
            StringBuilder out = new StringBuilder();
            for (Element component : components) {
                result(out, upsert(component));
            }
            return EmulatorResponse.xml(200, SoapEnvelopes.metadata("upsertMetadata", out.toString()));
        } catch (SalesforceFault fault) {
            return EmulatorResponse.xml(500, SoapEnvelopes.fault(fault, SoapEnvelopes.METADATA_NS));
        }
    }

    private Outcome upsert(Element component) {
        String type = component.getAttributeNS(Xml.XSI, "type");
        type = type.substring(type.indexOf(':') + 1);
        String fullName = Xml.childText(component, "fullName");
        if (fullName == null) {
            return new Outcome(null, false, SaveError.of("REQUIRED_FIELD_MISSING", "Required field is missing: fullName", "fullName"));
        }
        return switch (type) {
            case "CustomField" -> customField(fullName, component);
            case "PermissionSet" -> permissionSet(fullName, component);
            default -> new Outcome(fullName, false, SaveError.of("INVALID_TYPE", "The sandbox does not emulate metadata type " + type));
        };
    }

    private Outcome customField(String fullName, Element component) {
        int dot = fullName.indexOf('.');
        SObjectTable table = dot < 0 ? null : org.table(fullName.substring(0, dot)).orElse(null);
        String name = dot < 0 ? fullName : fullName.substring(dot + 1);
        if (table == null) {
            return new Outcome(fullName, false, SaveError.of("INVALID_CROSS_REFERENCE_KEY", "Cannot find object for " + fullName));
        }
        if (!name.endsWith("__c")) {
            return new Outcome(fullName, false, SaveError.of("FIELD_INTEGRITY_EXCEPTION", "Custom field names must end with __c"));
        }
        SalesforceField field;
        try {
            field = CustomFieldDefinition.read(name, component);
        } catch (IllegalArgumentException e) {
            return new Outcome(fullName, false, SaveError.of("REQUIRED_FIELD_MISSING", e.getMessage()));
        }
        SalesforceField existing = table.schema().definedField(name).orElse(null);
        if (existing != null && existing.type() != field.type() && hasData(table, name)) {
            return new Outcome(fullName, false, SaveError.of("FIELD_INTEGRITY_EXCEPTION", "Cannot change type due to existing data"));
        }
        table.schema().define(field);
        return new Outcome(fullName, existing == null, null);
    }

    private Outcome permissionSet(String fullName, Element component) {
        List<String[]> grants = new ArrayList<>();
        for (Element permission : Xml.children(component, "fieldPermissions")) {
            String field = Xml.childText(permission, "field");
            int dot = field == null ? -1 : field.indexOf('.');
            SObjectTable table = dot < 0 ? null : org.table(field.substring(0, dot)).orElse(null);
            if (table == null || table.schema().definedField(field.substring(dot + 1)).isEmpty()) {
                return new Outcome(fullName, false, SaveError.of("INVALID_CROSS_REFERENCE_KEY",
                        "In field: field - no CustomField named " + field + " found"));
            }
            grants.add(new String[] {field, Xml.childText(permission, "readable"), Xml.childText(permission, "editable")});
        }
        for (String[] grant : grants) {
            int dot = grant[0].indexOf('.');
            boolean editable = "true".equals(grant[2]);
            boolean readable = editable || "true".equals(grant[1]);
            org.table(grant[0].substring(0, dot)).orElseThrow().schema().grant(grant[0].substring(dot + 1), new FieldAccess(readable, editable));
        }
        return new Outcome(fullName, false, null);
    }

    private static boolean hasData(SObjectTable table, String field) {
        int column = table.schema().column(field);
        return table.rows().stream().anyMatch(row -> row.get(column) != null);
    }

    private static void result(StringBuilder out, Outcome outcome) {
        out.append("<result>");
        Xml.element(out, "created", outcome.created());
        if (outcome.error() != null) {
            PartnerXml.errors(out, List.of(outcome.error()));
        }
        Xml.element(out, "fullName", outcome.fullName());
        Xml.element(out, "success", outcome.error() == null);
        out.append("</result>");
    }

    /** Maps a Metadata API CustomField element to the org's field definition. */
    static final class CustomFieldDefinition {

        private CustomFieldDefinition() {
        }

        static SalesforceField read(String name, Element e) {
            String type = Xml.childText(e, "type");
            String label = Xml.childText(e, "label") == null ? name : Xml.childText(e, "label");
            int length = intOf(Xml.childText(e, "length"));
            int precision = intOf(Xml.childText(e, "precision"));
            int scale = intOf(Xml.childText(e, "scale"));
            boolean externalId = "true".equals(Xml.childText(e, "externalId"));
            List<String> values = new ArrayList<>();
            boolean restricted = false;
            Element valueSet = Xml.child(e, "valueSet");
            if (valueSet != null) {
                restricted = "true".equals(Xml.childText(valueSet, "restricted"));
                Element definition = Xml.child(valueSet, "valueSetDefinition");
                if (definition != null) {
                    Xml.children(definition, "value").forEach(v -> values.add(Xml.childText(v, "fullName")));
                }
            }
            SalesforceFieldType fieldType = switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
                case "text" -> requireLength(SalesforceFieldType.STRING, length);
                case "longtextarea", "textarea" -> SalesforceFieldType.TEXTAREA;
                case "number" -> SalesforceFieldType.DOUBLE;
                case "currency" -> SalesforceFieldType.CURRENCY;
                case "percent" -> SalesforceFieldType.PERCENT;
                case "checkbox" -> SalesforceFieldType.BOOLEAN;
                case "datetime" -> SalesforceFieldType.DATETIME;
                case "url" -> SalesforceFieldType.URL;
                case "email" -> SalesforceFieldType.EMAIL;
                case "picklist" -> SalesforceFieldType.PICKLIST;
                case "multiselectpicklist" -> SalesforceFieldType.MULTIPICKLIST;
                default -> throw new IllegalArgumentException("Unsupported or missing field type: " + type);
            };
            if ((fieldType == SalesforceFieldType.PICKLIST || fieldType == SalesforceFieldType.MULTIPICKLIST) && values.isEmpty()) {
                throw new IllegalArgumentException("Must specify a valueSet for a picklist field");
            }
            int storedLength = switch (fieldType) {
                case STRING -> length;
                case TEXTAREA -> length > 0 ? length : 32768;
                case PICKLIST, URL -> 255;
                case MULTIPICKLIST -> 4099;
                case EMAIL -> 80;
                default -> 0;
            };
            return new SalesforceField(name, label, fieldType, storedLength, precision, scale, true, values, restricted, externalId,
                    true, true, fieldType != SalesforceFieldType.BOOLEAN, null);
        }

        private static SalesforceFieldType requireLength(SalesforceFieldType type, int length) {
            if (length <= 0) {
                throw new IllegalArgumentException("Must specify 'length' for a CustomField of type Text");
            }
            return type;
        }

        private static int intOf(String text) {
            return text == null || text.isBlank() ? 0 : (int) Double.parseDouble(text.trim());
        }
    }
}
