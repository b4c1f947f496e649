package dev.abmbridge.core.export;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Contact;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks a contact's mailing address and reads its opt-outs. The contact's own address wins when it has a street;
 * otherwise the account's billing address is used, so a list can still reach the office the contact works at.
 */
final class MailingAddresses {

    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1");

    private final MailingListSettings settings;

    MailingAddresses(MailingListSettings settings) {
        this.settings = settings;
    }

    MailingAddress of(Contact contact, Account account) {
        String street = first(contact.custom(), settings.contactStreet());
        if (street != null) {
            return new MailingAddress(street, first(contact.custom(), settings.contactCity()),
                    first(contact.custom(), settings.contactState()), first(contact.custom(), settings.contactPostalCode()),
                    contact.country() != null ? contact.country() : account == null ? null : account.country());
        }
        if (account == null) {
            return new MailingAddress(null, first(contact.custom(), settings.contactCity()), null, null, contact.country());
        }
        return new MailingAddress(first(account.custom(), settings.accountStreet()), account.city(), account.state(),
                first(account.custom(), settings.accountPostalCode()), account.country());
    }

    boolean optedOut(Contact contact) {
        for (String field : settings.optOutFields()) {
            Object value = contact.custom().get(field);
            if (value != null && TRUE.contains(String.valueOf(value).strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String first(Map<String, Object> values, List<String> fields) {
        for (String field : fields) {
            Object value = values.get(field);
            if (value != null && !String.valueOf(value).isBlank()) {
                return String.valueOf(value).strip();
            }
        }
        return null;
    }
}
