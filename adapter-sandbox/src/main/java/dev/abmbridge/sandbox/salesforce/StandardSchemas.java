package dev.abmbridge.sandbox.salesforce;

import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.BOOLEAN;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.CURRENCY;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.DATETIME;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.EMAIL;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.ID;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.INT;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.PHONE;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.URL;

import dev.abmbridge.sandbox.generator.Industry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The standard Account and Contact fields the emulated org starts with (a subset of a real org's). */
final class StandardSchemas {

    private StandardSchemas() {
    }

    static SObjectSchema account() {
        List<SalesforceField> fields = new ArrayList<>();
        fields.add(SalesforceField.system("Id", "Account ID", ID, 18));
        fields.add(SalesforceField.system("IsDeleted", "Deleted", BOOLEAN, 0));
        fields.add(SalesforceField.text("Name", "Account Name", 255).required());
        fields.add(SalesforceField.picklist("Type", "Account Type",
                List.of("Prospect", "Customer - Direct", "Customer - Channel", "Channel Partner / Reseller", "Installation Partner",
                        "Technology Partner", "Other"), false));
        fields.add(SalesforceField.text("BillingCity", "Billing City", 40));
        fields.add(SalesforceField.text("BillingCountry", "Billing Country", 80));
        fields.add(SalesforceField.of("Website", "Website", URL, 255));
        fields.add(SalesforceField.of("Phone", "Account Phone", PHONE, 40));
        fields.add(SalesforceField.picklist("Industry", "Industry", industryValues(), false));
        fields.add(SalesforceField.number("AnnualRevenue", "Annual Revenue", CURRENCY, 18, 0));
        fields.add(SalesforceField.number("NumberOfEmployees", "Employees", INT, 8, 0));
        fields.addAll(timestamps());
        return new SObjectSchema("Account", "001", "Accounts", fields);
    }

    static SObjectSchema contact() {
        List<SalesforceField> fields = new ArrayList<>();
        fields.add(SalesforceField.system("Id", "Contact ID", ID, 18));
        fields.add(SalesforceField.system("IsDeleted", "Deleted", BOOLEAN, 0));
        fields.add(SalesforceField.reference("AccountId", "Account ID", "Account"));
        fields.add(SalesforceField.text("LastName", "Last Name", 80).required());
        fields.add(SalesforceField.text("FirstName", "First Name", 40));
        fields.add(SalesforceField.text("MailingCountry", "Mailing Country", 80));
        fields.add(SalesforceField.of("Phone", "Business Phone", PHONE, 40));
        fields.add(SalesforceField.of("Email", "Email", EMAIL, 80));
        fields.add(SalesforceField.text("Title", "Title", 128));
        fields.add(SalesforceField.text("Department", "Department", 80));
        fields.addAll(timestamps());
        return new SObjectSchema("Contact", "003", "Contacts", fields);
    }

    private static List<SalesforceField> timestamps() {
        return List.of(
                SalesforceField.system("CreatedDate", "Created Date", DATETIME, 0),
                SalesforceField.system("LastModifiedDate", "Last Modified Date", DATETIME, 0),
                SalesforceField.system("SystemModstamp", "System Modstamp", DATETIME, 0));
    }

    private static List<String> industryValues() {
        Set<String> values = new LinkedHashSet<>();
        for (Industry industry : Industry.values()) {
            values.add(industry.salesforceValue());
        }
        values.add("Other");
        return List.copyOf(values);
    }
}
