package dev.abmbridge.core.export;

import java.util.List;

/**
 * One contact of a direct-mail or event list.
 *
 * @param contactRef the contact's record, {@code <system>:<id>}: stable across runs, so changes are found by it
 */
public record MailingListRow(String contactRef, String firstName, String lastName, String title, String company,
                             MailingAddress address) {

    static final List<String> HEADER = List.of("contact", "first_name", "last_name", "title", "company", "street", "city",
            "state", "postal_code", "country");

    List<String> cells() {
        return java.util.Arrays.asList(contactRef, firstName, lastName, title, company, address.street(), address.city(),
                address.state(), address.postalCode(), address.country());
    }
}
