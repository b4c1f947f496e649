package dev.abmbridge.sandbox.salesforce;

import java.util.List;

/** Result elements of the partner API in WSDL element order. */
final class PartnerXml {

    private PartnerXml() {
    }

    static String queryResult(QueryPage page) {
        StringBuilder out = new StringBuilder("<result xsi:type=\"QueryResult\">");
        Xml.element(out, "done", page.done());
        Xml.element(out, "queryLocator", page.queryLocator());
        SObjectSchema schema = page.schema();
        for (SObjectRow row : page.rows()) {
            out.append("<records xsi:type=\"sf:sObject\"><sf:type>").append(schema.name()).append("</sf:type>");
            boolean idSelected = page.fields().stream().anyMatch(f -> f.name().equals("Id"));
            Xml.element(out, "sf:Id", idSelected ? row.id() : null);
            for (SalesforceField field : page.fields()) {
                Xml.element(out, "sf:" + field.name(), row.get(schema.column(field.name())));
            }
            out.append("</records>");
        }
        Xml.element(out, "size", page.totalSize());
        return out.append("</result>").toString();
    }

    static String saveResults(List<SaveOutcome> outcomes, boolean upsert) {
        StringBuilder out = new StringBuilder();
        for (SaveOutcome outcome : outcomes) {
            out.append("<result>");
            if (upsert) {
                Xml.element(out, "created", outcome.created());
            }
            errors(out, outcome.errors());
            Xml.element(out, "id", outcome.id());
            Xml.element(out, "success", outcome.success());
            out.append("</result>");
        }
        return out.toString();
    }

    static void errors(StringBuilder out, List<SaveError> errors) {
        for (SaveError error : errors) {
            out.append("<errors>");
            for (String field : error.fields()) {
                Xml.element(out, "fields", field);
            }
            Xml.element(out, "message", error.message());
            Xml.element(out, "statusCode", error.statusCode());
            out.append("</errors>");
        }
    }

    static String userInfo(String userName) {
        StringBuilder out = new StringBuilder("<result>");
        Xml.element(out, "accessibilityMode", false);
        Xml.element(out, "currencySymbol", "$");
        Xml.element(out, "orgDefaultCurrencyIsoCode", "USD");
        Xml.element(out, "orgDisallowHtmlAttachments", false);
        Xml.element(out, "orgHasPersonAccounts", false);
        Xml.element(out, "organizationId", SalesforceOrg.ORG_ID);
        Xml.element(out, "organizationMultiCurrency", false);
        Xml.element(out, "organizationName", "ABM Bridge Sandbox Org");
        Xml.element(out, "profileId", "00e5g000000SBXPAA4");
        Xml.element(out, "sessionSecondsValid", 7200);
        Xml.element(out, "userEmail", "integration@sandbox.abmbridge.dev");
        Xml.element(out, "userFullName", "Integration User");
        Xml.element(out, "userId", SalesforceOrg.USER_ID);
        Xml.element(out, "userLanguage", "en_US");
        Xml.element(out, "userLocale", "en_US");
        Xml.element(out, "userName", userName);
        Xml.element(out, "userTimeZone", "America/Los_Angeles");
        Xml.element(out, "userType", "Standard");
        Xml.element(out, "userUiSkin", "Theme3");
        return out.append("</result>").toString();
    }

    static String describe(SObjectSchema schema) {
        StringBuilder out = new StringBuilder("<result>");
        Xml.element(out, "activateable", false);
        Xml.element(out, "createable", true);
        Xml.element(out, "custom", false);
        Xml.element(out, "customSetting", false);
        Xml.element(out, "deletable", true);
        for (SalesforceField field : schema.visibleFields()) {
            field(out, field, schema.accessOf(field));
        }
        Xml.element(out, "keyPrefix", schema.keyPrefix());
        Xml.element(out, "label", schema.name());
        Xml.element(out, "labelPlural", schema.labelPlural());
        Xml.element(out, "layoutable", true);
        Xml.element(out, "name", schema.name());
        Xml.element(out, "queryable", true);
        Xml.element(out, "replicateable", true);
        Xml.element(out, "retrieveable", true);
        Xml.element(out, "searchable", true);
        Xml.element(out, "undeletable", true);
        Xml.element(out, "updateable", true);
        return out.append("</result>").toString();
    }

    private static void field(StringBuilder out, SalesforceField field, FieldAccess access) {
        out.append("<fields>");
        Xml.element(out, "createable", field.createable() && access.editable());
        Xml.element(out, "custom", field.custom());
        if (field.type() == SalesforceFieldType.INT) {
            Xml.element(out, "digits", field.precision());
        }
        Xml.element(out, "externalId", field.externalId());
        Xml.element(out, "filterable", true);
        Xml.element(out, "label", field.label());
        Xml.element(out, "length", field.length());
        Xml.element(out, "name", field.name());
        Xml.element(out, "nameField", field.name().equals("Name"));
        Xml.element(out, "nillable", field.nillable());
        for (String value : field.picklistValues()) {
            out.append("<picklistValues>");
            Xml.element(out, "active", true);
            Xml.element(out, "defaultValue", false);
            Xml.element(out, "label", value);
            Xml.element(out, "value", value);
            out.append("</picklistValues>");
        }
        Xml.element(out, "precision", field.precision());
        if (field.referenceTo() != null) {
            Xml.element(out, "referenceTo", field.referenceTo());
            Xml.element(out, "relationshipName", field.referenceTo());
        }
        Xml.element(out, "restrictedPicklist", field.restrictedPicklist());
        Xml.element(out, "scale", field.scale());
        Xml.element(out, "soapType", field.type().soapType());
        Xml.element(out, "sortable", true);
        Xml.element(out, "type", field.type().wireName());
        Xml.element(out, "unique", false);
        Xml.element(out, "updateable", field.updateable() && access.editable());
        out.append("</fields>");
    }
}
