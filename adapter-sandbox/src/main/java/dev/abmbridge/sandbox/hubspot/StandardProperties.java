package dev.abmbridge.sandbox.hubspot;

import dev.abmbridge.sandbox.generator.Industry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The HubSpot-defined properties the portal starts with, including the native ABM properties. */
final class StandardProperties {

    private StandardProperties() {
    }

    static void companies(PropertyCatalog catalog) {
        catalog.defineGroup(new PropertyGroup("companyinformation", "Company information", 0));
        catalog.defineGroup(new PropertyGroup("target_accounts", "Target accounts", 1));
        String g = "companyinformation";
        catalog.define(HubSpotProperty.standard("name", "Company name", "string", "text", g));
        catalog.define(HubSpotProperty.standard("domain", "Company Domain Name", "string", "text", g));
        catalog.define(HubSpotProperty.standard("website", "Website URL", "string", "text", g));
        catalog.define(HubSpotProperty.enumeration("industry", "Industry", "select", g, industryOptions()));
        catalog.define(HubSpotProperty.standard("numberofemployees", "Number of Employees", "number", "number", g));
        catalog.define(HubSpotProperty.standard("annualrevenue", "Annual Revenue", "number", "number", g));
        catalog.define(HubSpotProperty.standard("country", "Country/Region", "string", "text", g));
        catalog.define(HubSpotProperty.standard("city", "City", "string", "text", g));
        catalog.define(HubSpotProperty.standard("address", "Street Address", "string", "text", g));
        catalog.define(HubSpotProperty.standard("state", "State/Region", "string", "text", g));
        catalog.define(HubSpotProperty.standard("zip", "Postal Code", "string", "text", g));
        catalog.define(HubSpotProperty.enumeration("lifecyclestage", "Lifecycle Stage", "radio", g, options(
                "subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist", "other")));
        catalog.define(HubSpotProperty.readOnly("createdate", "Create Date", "datetime", "date", g));
        catalog.define(HubSpotProperty.readOnly("hs_lastmodifieddate", "Last Modified Date", "datetime", "date", g));
        catalog.define(HubSpotProperty.readOnly("hs_object_id", "Record ID", "number", "number", g));
        catalog.define(new HubSpotProperty("hs_is_target_account", "Target Account", "bool", "booleancheckbox", "target_accounts", "",
                List.of(new PropertyOption("True", "true", 0, false), new PropertyOption("False", "false", 1, false)),
                false, false, true, -1));
        catalog.define(HubSpotProperty.enumeration("hs_ideal_customer_profile", "Ideal Customer Profile Tier", "radio", "target_accounts",
                List.of(new PropertyOption("Tier 1", "tier_1", 0, false), new PropertyOption("Tier 2", "tier_2", 1, false),
                        new PropertyOption("Tier 3", "tier_3", 2, false))));
    }

    static void contacts(PropertyCatalog catalog) {
        catalog.defineGroup(new PropertyGroup("contactinformation", "Contact information", 0));
        String g = "contactinformation";
        catalog.define(HubSpotProperty.standard("firstname", "First Name", "string", "text", g));
        catalog.define(HubSpotProperty.standard("lastname", "Last Name", "string", "text", g));
        catalog.define(HubSpotProperty.standard("email", "Email", "string", "text", g).unique());
        catalog.define(HubSpotProperty.standard("jobtitle", "Job Title", "string", "text", g));
        catalog.define(HubSpotProperty.standard("phone", "Phone Number", "string", "text", g));
        catalog.define(HubSpotProperty.standard("company", "Company Name", "string", "text", g));
        catalog.define(HubSpotProperty.standard("country", "Country/Region", "string", "text", g));
        catalog.define(HubSpotProperty.standard("address", "Street Address", "string", "text", g));
        catalog.define(HubSpotProperty.standard("city", "City", "string", "text", g));
        catalog.define(HubSpotProperty.standard("state", "State/Region", "string", "text", g));
        catalog.define(HubSpotProperty.standard("zip", "Postal Code", "string", "text", g));
        catalog.define(HubSpotProperty.standard("hs_language", "Preferred language", "string", "text", g));
        catalog.define(HubSpotProperty.readOnly("associatedcompanyid", "Primary Associated Company ID", "number", "number", g));
        catalog.define(HubSpotProperty.readOnly("createdate", "Create Date", "datetime", "date", g));
        catalog.define(HubSpotProperty.readOnly("lastmodifieddate", "Last Modified Date", "datetime", "date", g));
        catalog.define(HubSpotProperty.readOnly("hs_object_id", "Record ID", "number", "number", g));
        catalog.define(HubSpotProperty.enumeration("hs_buying_role", "Buying Role", "checkbox", g, options(
                "BLOCKER", "BUDGET_HOLDER", "CHAMPION", "DECISION_MAKER", "END_USER", "EXECUTIVE_SPONSOR", "INFLUENCER",
                "LEGAL_AND_COMPLIANCE", "OTHER")));
    }

    private static List<PropertyOption> industryOptions() {
        Set<String> values = new LinkedHashSet<>();
        for (Industry industry : Industry.values()) {
            values.add(industry.hubSpotValue());
        }
        values.add("ACCOUNTING");
        values.add("AUTOMOTIVE");
        values.add("MARKETING_AND_ADVERTISING");
        return options(values.toArray(String[]::new));
    }

    private static List<PropertyOption> options(String... values) {
        List<PropertyOption> options = new ArrayList<>();
        for (String value : values) {
            options.add(new PropertyOption(label(value), value, options.size(), false));
        }
        return options;
    }

    private static String label(String value) {
        String spaced = value.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
