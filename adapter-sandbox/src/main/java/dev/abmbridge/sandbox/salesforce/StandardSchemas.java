package dev.abmbridge.sandbox.salesforce;

import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.BOOLEAN;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.CURRENCY;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.DATETIME;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.EMAIL;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.ID;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.INT;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.PHONE;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.TEXTAREA;
import static dev.abmbridge.sandbox.salesforce.SalesforceFieldType.URL;

import dev.abmbridge.sandbox.generator.Industry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The standard Account, Contact, Campaign and CampaignMember fields the emulated org starts with (a subset of a real org's). */
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
        fields.add(SalesforceField.of("BillingStreet", "Billing Street", TEXTAREA, 255));
        fields.add(SalesforceField.text("BillingCity", "Billing City", 40));
        fields.add(SalesforceField.text("BillingState", "Billing State/Province", 80));
        fields.add(SalesforceField.text("BillingPostalCode", "Billing Zip/Postal Code", 20));
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
        fields.add(SalesforceField.of("MailingStreet", "Mailing Street", TEXTAREA, 255));
        fields.add(SalesforceField.text("MailingCity", "Mailing City", 40));
        fields.add(SalesforceField.text("MailingState", "Mailing State/Province", 80));
        fields.add(SalesforceField.text("MailingPostalCode", "Mailing Zip/Postal Code", 20));
        fields.add(SalesforceField.text("MailingCountry", "Mailing Country", 80));
        fields.add(SalesforceField.of("HasOptedOutOfEmail", "Email Opt Out", BOOLEAN, 0));
        fields.add(SalesforceField.of("Phone", "Business Phone", PHONE, 40));
        fields.add(SalesforceField.of("Email", "Email", EMAIL, 80));
        fields.add(SalesforceField.text("Title", "Title", 128));
        fields.add(SalesforceField.text("Department", "Department", 80));
        fields.addAll(timestamps());
        return new SObjectSchema("Contact", "003", "Contacts", fields);
    }

    /** The default Campaign fields; Status and Type carry the standard value sets of a new org. */
    static SObjectSchema campaign() {
        List<SalesforceField> fields = new ArrayList<>();
        fields.add(SalesforceField.system("Id", "Campaign ID", ID, 18));
        fields.add(SalesforceField.system("IsDeleted", "Deleted", BOOLEAN, 0));
        fields.add(SalesforceField.text("Name", "Campaign Name", 80).required());
        fields.add(SalesforceField.picklist("Type", "Type", List.of("Conference", "Webinar", "Trade Show", "Public Relations",
                "Partners", "Referral Program", "Advertisement", "Banner Ads", "Direct Mail", "Email", "Telemarketing", "Other"), false));
        fields.add(SalesforceField.picklist("Status", "Status", List.of("Planned", "In Progress", "Completed", "Aborted"), false));
        fields.add(SalesforceField.of("IsActive", "Active", BOOLEAN, 0));
        fields.add(SalesforceField.of("Description", "Description", TEXTAREA, 32000));
        fields.addAll(timestamps());
        return new SObjectSchema("Campaign", "701", "Campaigns", fields);
    }

    /**
     * CampaignMember links a Contact to a Campaign. CampaignId and ContactId are set on create only; Status takes the
     * member statuses every new campaign starts with (Sent, the default, and Responded). Leads are not emulated.
     */
    static SObjectSchema campaignMember() {
        List<SalesforceField> fields = new ArrayList<>();
        fields.add(SalesforceField.system("Id", "Campaign Member ID", ID, 18));
        fields.add(SalesforceField.system("IsDeleted", "Deleted", BOOLEAN, 0));
        fields.add(createOnlyReference("CampaignId", "Campaign ID", "Campaign").required());
        fields.add(createOnlyReference("ContactId", "Contact ID", "Contact"));
        fields.add(SalesforceField.picklist("Status", "Status", CAMPAIGN_MEMBER_STATUSES, true));
        fields.add(SalesforceField.system("HasResponded", "Responded", BOOLEAN, 0));
        fields.addAll(timestamps());
        return new SObjectSchema("CampaignMember", "00v", "Campaign Members", fields);
    }

    /** The member statuses of a new campaign; the first is its default. */
    static final List<String> CAMPAIGN_MEMBER_STATUSES = List.of("Sent", "Responded");

    private static SalesforceField createOnlyReference(String name, String label, String referenceTo) {
        return new SalesforceField(name, label, SalesforceFieldType.REFERENCE, 18, 0, 0, false, List.of(), false, false, true, false,
                true, referenceTo);
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
