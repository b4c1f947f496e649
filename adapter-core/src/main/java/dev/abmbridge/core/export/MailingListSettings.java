package dev.abmbridge.core.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the lists go and which record fields carry addresses and opt-outs. Address and opt-out values are read from
 * the records' {@code custom} fields (the sources read them like any declared extra field); each part lists the field
 * names to try in order, so one setting serves Salesforce and HubSpot records alike. City, state and country also
 * fall back to the canonical fields of the record.
 *
 * @param dir                 the folder the files are written to
 * @param contactStreet       a contact's own street fields (Salesforce {@code MailingStreet}, HubSpot {@code address})
 * @param contactCity         a contact's own city fields
 * @param contactState        a contact's own state fields
 * @param contactPostalCode   a contact's own postal code fields
 * @param accountStreet       the account's street fields, used when the contact has no street of its own
 * @param accountPostalCode   the account's postal code fields
 * @param optOutFields        contact fields that, when true ({@code true}, {@code yes}, {@code y}, {@code 1}), keep the
 *                            contact off every list
 */
public record MailingListSettings(Path dir, List<String> contactStreet, List<String> contactCity, List<String> contactState,
                                  List<String> contactPostalCode, List<String> accountStreet, List<String> accountPostalCode,
                                  List<String> optOutFields) {

    public MailingListSettings {
        contactStreet = orDefault(contactStreet, List.of("MailingStreet", "address"));
        contactCity = orDefault(contactCity, List.of("MailingCity", "city"));
        contactState = orDefault(contactState, List.of("MailingState", "state"));
        contactPostalCode = orDefault(contactPostalCode, List.of("MailingPostalCode", "zip"));
        accountStreet = orDefault(accountStreet, List.of("BillingStreet", "address"));
        accountPostalCode = orDefault(accountPostalCode, List.of("BillingPostalCode", "zip"));
        optOutFields = orDefault(optOutFields, List.of("HasOptedOutOfEmail", "DoNotMail__c"));
    }

    /** The defaults, writing to {@code dir}. */
    public static MailingListSettings in(Path dir) {
        return new MailingListSettings(dir, null, null, null, null, null, null, null);
    }

    public MailingListSettings withOptOutFields(List<String> fields) {
        return new MailingListSettings(dir, contactStreet, contactCity, contactState, contactPostalCode, accountStreet,
                accountPostalCode, fields);
    }

    /** Every custom field the sources must read for the lists to be complete. */
    public List<String> contactFields() {
        List<String> all = new ArrayList<>(contactStreet);
        all.addAll(contactCity);
        all.addAll(contactState);
        all.addAll(contactPostalCode);
        all.addAll(optOutFields);
        return all.stream().distinct().toList();
    }

    public List<String> accountFields() {
        List<String> all = new ArrayList<>(accountStreet);
        all.addAll(accountPostalCode);
        return all.stream().distinct().toList();
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (dir == null) {
            problems.add("the folder of the mailing lists is required");
        }
        return problems;
    }

    private static List<String> orDefault(List<String> given, List<String> defaults) {
        return given == null ? defaults : List.copyOf(given);
    }
}
